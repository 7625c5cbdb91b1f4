import type { ReactNode } from "react";

type Props = { id: string; title: string; intro?: string; children: ReactNode };

/** One section of the account page; `id` is also the anchor (/account#devices). */
export function AccountSection({ id, title, intro, children }: Props) {
  return (
    <section
      id={id}
      aria-labelledby={`${id}-title`}
      className="scroll-mt-6 rounded-xl border border-slate-200 bg-white p-6"
    >
      <h2 id={`${id}-title`} className="text-lg font-semibold text-slate-900">
        {title}
      </h2>
      {intro && <p className="mt-1 text-sm text-slate-600">{intro}</p>}
      <div className="mt-4">{children}</div>
    </section>
  );
}
