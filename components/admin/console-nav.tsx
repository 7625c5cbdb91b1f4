"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

type Item = {
  href: string;
  label: string;
  badge?: string;
  badgeLabel?: string;
  /** Current only on exactly this path, or on paths under `also`. */
  exact?: boolean;
  also?: string;
};

/** The console's sections; the current one is marked for screen readers and the eye. */
export function ConsoleNav({ items, label }: { items: Item[]; label: string }) {
  const pathname = usePathname() ?? "";
  return (
    <nav aria-label={label} className="overflow-x-auto">
      <ul className="flex gap-1 border-b border-slate-200 text-sm">
        {items.map((item) => {
          const current = item.exact
            ? pathname === item.href || (!!item.also && pathname.startsWith(item.also))
            : pathname.startsWith(item.href);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={current ? "page" : undefined}
                className={`-mb-px flex items-center gap-2 border-b-2 px-3 py-2 whitespace-nowrap ${
                  current
                    ? "border-brand-600 text-brand-800 font-semibold"
                    : "border-transparent text-slate-600 hover:text-slate-900"
                }`}
              >
                {item.label}
                {item.badge && (
                  <>
                    <span
                      aria-hidden="true"
                      className="rounded-full bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900"
                    >
                      {item.badge}
                    </span>
                    <span className="sr-only">{item.badgeLabel}</span>
                  </>
                )}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
