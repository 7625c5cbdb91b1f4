const TONES = {
  PENDING_EMAIL: "bg-slate-100 text-slate-800",
  PENDING_REVIEW: "bg-amber-100 text-amber-900",
  ACTIVE: "bg-emerald-100 text-emerald-900",
  REJECTED: "bg-red-100 text-red-900",
  DISABLED: "bg-slate-200 text-slate-900",
  neutral: "bg-slate-100 text-slate-800",
  brand: "bg-brand-100 text-brand-800",
} as const;

export function Badge({
  tone = "neutral",
  children,
}: {
  tone?: keyof typeof TONES;
  children: React.ReactNode;
}) {
  return (
    <span className={`inline-block rounded-full px-2.5 py-0.5 text-xs font-semibold ${TONES[tone]}`}>
      {children}
    </span>
  );
}
