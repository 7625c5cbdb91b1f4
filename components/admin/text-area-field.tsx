import type { ReactNode, Ref, TextareaHTMLAttributes } from "react";

type Props = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "name"> & {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  optional?: ReactNode;
  ref?: Ref<HTMLTextAreaElement>;
};

/** A multi-line field wired like components/ui/field.tsx (label, hint, announced error). */
export function TextAreaField({ name, label, hint, error, optional, className = "", ...rest }: Props) {
  const describedBy =
    [hint ? `${name}-hint` : null, error ? `${name}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={name} className="text-sm font-medium text-slate-800">
        {label}
        {optional && <span className="ml-1 font-normal text-slate-500">({optional})</span>}
      </label>
      <textarea
        id={name}
        name={name}
        rows={3}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className={`focus:border-brand-600 focus:ring-brand-600/30 w-full rounded-md border bg-white px-3 py-2 text-slate-900 shadow-sm focus:ring-2 focus:outline-none ${error ? "border-red-600" : "border-slate-300"} ${className}`}
        {...rest}
      />
      {hint && (
        <p id={`${name}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      <p id={`${name}-error`} role="alert" className="text-sm font-medium text-red-700 empty:hidden">
        {error}
      </p>
    </div>
  );
}
