"use client";

import { usePathname } from "next/navigation";

type Props = { current: string; label: string; languages: { code: string; label: string }[] };

// Plain links that swap the locale segment and keep the rest of the path, query and anchor.
// Uses next/navigation only, so it adds no i18n runtime to the page.
export function LanguageSwitcher({ current, label, languages }: Props) {
  const pathname = usePathname() ?? `/${current}`;
  const rest = pathname.replace(/^\/[a-z]{2}(?=\/|$)/, "");

  return (
    <ul aria-label={label} className="flex items-center gap-1">
      {languages.map(({ code, label: name }) => (
        <li key={code}>
          <a
            href={`/${code}${rest}`}
            hrefLang={code}
            lang={code}
            aria-current={code === current ? "true" : undefined}
            title={name}
            onClick={(e) => {
              e.currentTarget.href = `/${code}${rest}${window.location.search}${window.location.hash}`;
            }}
            className={
              code === current
                ? "text-brand-800 rounded px-2 py-1 font-semibold uppercase underline decoration-2 underline-offset-4"
                : "hover:text-brand-700 rounded px-2 py-1 text-slate-600 uppercase hover:bg-slate-100"
            }
          >
            <span aria-hidden="true">{code}</span>
            <span className="sr-only">{name}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}
