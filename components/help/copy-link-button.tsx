"use client";

import { useEffect, useState, type ReactNode } from "react";

type Props = {
  url: string;
  label: string;
  copiedLabel: string;
  failedLabel: string;
  describedBy?: string;
  /** components/help/icons.tsx LinkIcon, rendered on the server. */
  icon: ReactNode;
};

// Copies the absolute link of an FAQ answer (support staff paste it into replies). Where the
// clipboard is unavailable (plain http, old browsers) it shows the link ready to copy by hand.
export function CopyLinkButton({ url, label, copiedLabel, failedLabel, describedBy, icon }: Props) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");

  useEffect(() => {
    if (state !== "copied") return;
    const timer = setTimeout(() => setState("idle"), 4000);
    return () => clearTimeout(timer);
  }, [state]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setState("copied");
    } catch {
      setState("failed");
    }
  }

  return (
    <span className="inline-flex flex-wrap items-center gap-x-3 gap-y-1 print:hidden">
      <button
        type="button"
        onClick={copy}
        aria-describedby={describedBy}
        className="text-brand-700 hover:text-brand-800 inline-flex items-center gap-1.5 rounded text-sm font-medium underline-offset-4 hover:underline"
      >
        {icon}
        {label}
      </button>
      <span role="status" className="text-sm text-slate-600">
        {state === "copied" && copiedLabel}
        {state === "failed" && (
          <>
            {failedLabel}{" "}
            <input
              readOnly
              value={url}
              aria-label={label}
              onFocus={(e) => e.currentTarget.select()}
              className="w-72 max-w-full rounded border border-slate-300 px-2 py-0.5 font-mono text-xs"
            />
          </>
        )}
      </span>
    </span>
  );
}
