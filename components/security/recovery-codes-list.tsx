"use client";

import { Alert } from "@/components/ui/alert";

export type RecoveryCodesLabels = {
  shownOnce: string;
  listLabel: string;
  download: string;
  fileHeading: string;
};

/** Freshly created recovery codes: shown once, with a text-file download. */
export function RecoveryCodesList({ codes, labels }: { codes: string[]; labels: RecoveryCodesLabels }) {
  const file = `${labels.fileHeading}\n\n${codes.join("\n")}\n`;
  return (
    <div className="space-y-3">
      <Alert tone="info" live>
        {labels.shownOnce}
      </Alert>
      <ul
        aria-label={labels.listLabel}
        className="grid grid-cols-2 gap-2 rounded-lg bg-slate-50 p-4 font-mono text-sm text-slate-900"
      >
        {codes.map((c) => (
          <li key={c}>{c}</li>
        ))}
      </ul>
      <a
        href={`data:text/plain;charset=utf-8,${encodeURIComponent(file)}`}
        download="recovery-codes.txt"
        className="text-brand-700 inline-block text-sm font-medium underline"
      >
        {labels.download}
      </a>
    </div>
  );
}
