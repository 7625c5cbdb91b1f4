import type { ReactNode } from "react";

const TONES = {
  info: "border-brand-100 bg-brand-50 text-brand-800",
  success: "border-emerald-200 bg-emerald-50 text-emerald-900",
  warning: "border-amber-300 bg-amber-50 text-amber-900",
  error: "border-red-200 bg-red-50 text-red-800",
};

type Props = { tone?: keyof typeof TONES; title?: ReactNode; children?: ReactNode; live?: boolean };

/** A message box; `live` announces it to screen readers when it appears (form errors, results). */
export function Alert({ tone = "info", title, children, live = false }: Props) {
  return (
    <div
      role={live ? (tone === "error" ? "alert" : "status") : undefined}
      className={`rounded-lg border px-4 py-3 text-sm ${TONES[tone]}`}
    >
      {title && <p className="font-semibold">{title}</p>}
      {children && <div className={title ? "mt-1" : undefined}>{children}</div>}
    </div>
  );
}
