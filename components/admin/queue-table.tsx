"use client";

import { useState } from "react";
import Link from "next/link";
import { DecisionButtons, type DecisionLabels } from "./decision-buttons";
import type { ValidationTexts } from "@/components/auth/form-messages";

export type QueueTableRow = {
  id: string;
  href: string;
  name: string;
  email: string;
  company: string;
  country: string;
  serials: string;
  reason: string;
  waiting: string;
  since: string;
  /** Waiting long enough to stand out. */
  late: boolean;
};

type Props = {
  rows: QueueTableRow[];
  caption: string;
  labels: {
    select: string;
    selectAll: string;
    selected: string;
    name: string;
    company: string;
    serials: string;
    reason: string;
    waiting: string;
  };
  decision: DecisionLabels;
  validation: ValidationTexts;
};

/** The queue's rows with checkboxes for bulk approve / reject. */
export function QueueTable({ rows, caption, labels, decision, validation }: Props) {
  const [selected, setSelected] = useState<string[]>([]);
  const all = rows.length > 0 && selected.length === rows.length;
  const toggle = (id: string) =>
    setSelected((s) => (s.includes(id) ? s.filter((x) => x !== id) : [...s, id]));

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-4 rounded-lg border border-slate-200 bg-white px-4 py-3">
        <p className="text-sm text-slate-700" aria-live="polite">
          {labels.selected.replace("{count}", String(selected.length))}
        </p>
        <DecisionButtons
          userIds={selected}
          labels={decision}
          validation={validation}
          onDone={() => setSelected([])}
        />
      </div>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{caption}</caption>
          <thead className="bg-slate-50 text-xs tracking-wide text-slate-600 uppercase">
            <tr>
              <th scope="col" className="w-10 px-3 py-2">
                <input
                  type="checkbox"
                  aria-label={labels.selectAll}
                  checked={all}
                  onChange={() => setSelected(all ? [] : rows.map((r) => r.id))}
                  className="size-4"
                />
              </th>
              <th scope="col" className="px-3 py-2">
                {labels.name}
              </th>
              <th scope="col" className="px-3 py-2">
                {labels.company}
              </th>
              <th scope="col" className="px-3 py-2">
                {labels.serials}
              </th>
              <th scope="col" className="px-3 py-2">
                {labels.reason}
              </th>
              <th scope="col" className="px-3 py-2">
                {labels.waiting}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((r) => (
              <tr key={r.id} className={selected.includes(r.id) ? "bg-brand-50" : undefined}>
                <td className="px-3 py-2">
                  <input
                    type="checkbox"
                    aria-label={labels.select.replace("{name}", r.name)}
                    checked={selected.includes(r.id)}
                    onChange={() => toggle(r.id)}
                    className="size-4"
                  />
                </td>
                <td className="px-3 py-2">
                  <Link href={r.href} className="text-brand-700 font-medium underline">
                    {r.name}
                  </Link>
                  <div className="text-slate-600">{r.email}</div>
                </td>
                <td className="px-3 py-2">
                  {r.company}
                  <div className="text-slate-500">{r.country}</div>
                </td>
                <td className="px-3 py-2 font-mono">{r.serials}</td>
                <td className="px-3 py-2">{r.reason}</td>
                <td className="px-3 py-2 whitespace-nowrap">
                  <span className={r.late ? "font-semibold text-amber-800" : undefined}>{r.waiting}</span>
                  <div className="text-slate-500">{r.since}</div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
