"use client";

import type { UseFormRegisterReturn } from "react-hook-form";
import type { Option } from "@/lib/profile/form-options";

type Props = {
  legend: string;
  groups: { legend: string; options: Option[] }[];
  field: UseFormRegisterReturn;
  idPrefix: string;
};

/** Products and topics of interest as two groups of checkboxes. */
export function TopicCheckboxes({ legend, groups, field, idPrefix }: Props) {
  return (
    <fieldset>
      <legend className="font-medium text-slate-900">{legend}</legend>
      <div className="mt-3 grid gap-6 sm:grid-cols-2">
        {groups.map((g) => (
          <fieldset key={g.legend} className="space-y-2">
            <legend className="text-sm font-semibold text-slate-800">{g.legend}</legend>
            {g.options.map((o) => (
              <div key={o.value} className="flex items-center gap-3">
                <input
                  id={`${idPrefix}-${o.value}`}
                  type="checkbox"
                  value={o.value}
                  className="text-brand-600 focus:ring-brand-600 size-4 rounded border-slate-300"
                  {...field}
                />
                <label htmlFor={`${idPrefix}-${o.value}`} className="text-sm text-slate-800">
                  {o.label}
                </label>
              </div>
            ))}
          </fieldset>
        ))}
      </div>
    </fieldset>
  );
}
