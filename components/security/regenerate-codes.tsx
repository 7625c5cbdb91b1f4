"use client";

import { useState } from "react";
import { regenerateRecoveryCodesAction } from "@/lib/actions/regenerate-recovery-codes-action";
import { Button } from "@/components/ui/button";
import { RecoveryCodesList, type RecoveryCodesLabels } from "./recovery-codes-list";

type Props = {
  labels: { regenerate: string; regenerating: string; hint: string };
  codesLabels: RecoveryCodesLabels;
};

export function RegenerateCodes({ labels, codesLabels }: Props) {
  const [codes, setCodes] = useState<string[]>();
  const [busy, setBusy] = useState(false);
  if (codes) return <RecoveryCodesList codes={codes} labels={codesLabels} />;
  return (
    <div className="space-y-1">
      <Button
        variant="secondary"
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          const result = await regenerateRecoveryCodesAction();
          setBusy(false);
          if (result.ok) setCodes(result.codes);
        }}
      >
        {busy ? labels.regenerating : labels.regenerate}
      </Button>
      <p className="text-sm text-slate-600">{labels.hint}</p>
    </div>
  );
}
