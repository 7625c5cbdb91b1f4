import type { InputHTMLAttributes, ReactNode, Ref, SelectHTMLAttributes } from "react";

type Common = { label: ReactNode; name: string; error?: string; hint?: ReactNode; optional?: ReactNode };

// Label, control, hint and error wired together: the error is linked with aria-describedby and
// announced (role="alert") when it appears.
function FieldShell({ label, name, error, hint, optional, children }: Common & { children: ReactNode }) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={name} className="text-sm font-medium text-slate-800">
        {label}
        {optional && <span className="ml-1 font-normal text-slate-500">({optional})</span>}
      </label>
      {children}
      {hint && (
        <p id={`${name}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      <p id={`${name}-error`} role="alert" className="min-h-0 text-sm font-medium text-red-700 empty:hidden">
        {error}
      </p>
    </div>
  );
}

const control =
  "w-full rounded-md border bg-white px-3 py-2 text-slate-900 shadow-sm placeholder:text-slate-400 focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30";

function describedBy(name: string, error?: string, hint?: ReactNode) {
  return (
    [hint ? `${name}-hint` : null, error ? `${name}-error` : null].filter(Boolean).join(" ") || undefined
  );
}

type InputProps = Common &
  Omit<InputHTMLAttributes<HTMLInputElement>, "name"> & { ref?: Ref<HTMLInputElement> };

export function TextField({ label, name, error, hint, optional, className = "", ...input }: InputProps) {
  return (
    <FieldShell label={label} name={name} error={error} hint={hint} optional={optional}>
      <input
        id={name}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(name, error, hint)}
        className={`${control} ${error ? "border-red-600" : "border-slate-300"} ${className}`}
        {...input}
      />
    </FieldShell>
  );
}

type SelectProps = Common &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, "name"> & {
    ref?: Ref<HTMLSelectElement>;
    children: ReactNode;
  };

export function SelectField({
  label,
  name,
  error,
  hint,
  optional,
  children,
  className = "",
  ...select
}: SelectProps) {
  return (
    <FieldShell label={label} name={name} error={error} hint={hint} optional={optional}>
      <select
        id={name}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(name, error, hint)}
        className={`${control} ${error ? "border-red-600" : "border-slate-300"} ${className}`}
        {...select}
      >
        {children}
      </select>
    </FieldShell>
  );
}

type CheckboxProps = Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "type"> & {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  ref?: Ref<HTMLInputElement>;
};

export function CheckboxField({ name, label, hint, error, ...input }: CheckboxProps) {
  return (
    <div className="flex flex-col gap-1">
      <div className="flex items-start gap-3">
        <input
          id={name}
          name={name}
          type="checkbox"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(name, error, hint)}
          className="text-brand-600 focus:ring-brand-600 mt-0.5 size-4 rounded border-slate-300"
          {...input}
        />
        <label htmlFor={name} className="text-sm text-slate-800">
          {label}
        </label>
      </div>
      {hint && (
        <p id={`${name}-hint`} className="ml-7 text-sm text-slate-600">
          {hint}
        </p>
      )}
      <p id={`${name}-error`} role="alert" className="ml-7 text-sm font-medium text-red-700 empty:hidden">
        {error}
      </p>
    </div>
  );
}
