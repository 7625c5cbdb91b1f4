"use client";

import { lazy, Suspense, useState } from "react";
import { approveRegistrationsAction } from "@/lib/actions/approve-registrations-action";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import type { ValidationTexts } from "@/components/auth/form-messages";
import { ModalDialog } from "./modal-dialog";

// The form with its validation library loads when the dialog first opens, not with the page.
const RejectForm = lazy(() => import("./reject-form"));

export type DecisionLabels = {
  approve: string;
  reject: string;
  approveTitle: string;
  approveText: string;
  rejectTitle: string;
  rejectText: string;
  reason: string;
  choose: string;
  note: string;
  noteHint: string;
  optional: string;
  cancel: string;
  working: string;
  /** "{done}" and "{skipped}" are replaced. */
  result: string;
  reasons: Record<string, string>;
};

type Props = {
  userIds: string[];
  labels: DecisionLabels;
  validation: ValidationTexts;
  /** Approve also an account rejected before (user page). */
  reopen?: boolean;
  onDone?: () => void;
  showReject?: boolean;
};

/** Approve / reject for one account (detail view) or a selection (queue), each confirmed. */
export function DecisionButtons({ userIds, labels, validation, reopen, onDone, showReject = true }: Props) {
  const [dialog, setDialog] = useState<"approve" | "reject" | null>(null);
  const [message, setMessage] = useState<string>();
  const [formError, setFormError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const none = userIds.length === 0;

  const finish = (r: { done: number; skipped: number }) => {
    setDialog(null);
    setMessage(labels.result.replace("{done}", String(r.done)).replace("{skipped}", String(r.skipped)));
    onDone?.();
  };

  const approve = async () => {
    setBusy(true);
    setFormError(undefined);
    const result = await approveRegistrationsAction({ userIds, reopen });
    setBusy(false);
    if (result.ok) finish(result);
    else setFormError(result.formError ?? Object.values(result.fieldErrors)[0]);
  };

  return (
    <div className="flex flex-wrap items-center gap-3">
      <Button disabled={none} onClick={() => (setMessage(undefined), setDialog("approve"))}>
        {labels.approve}
      </Button>
      {showReject && (
        <Button variant="danger" disabled={none} onClick={() => (setMessage(undefined), setDialog("reject"))}>
          {labels.reject}
        </Button>
      )}
      <p role="status" className="text-sm font-medium text-emerald-800 empty:hidden">
        {message}
      </p>

      <ModalDialog open={dialog === "approve"} onClose={() => setDialog(null)} title={labels.approveTitle}>
        <p className="text-sm text-slate-700">{labels.approveText}</p>
        {formError && (
          <Alert tone="error" live>
            {formError}
          </Alert>
        )}
        <div className="flex justify-end gap-3">
          <Button variant="secondary" onClick={() => setDialog(null)}>
            {labels.cancel}
          </Button>
          <Button onClick={approve} disabled={busy}>
            {busy ? labels.working : labels.approve}
          </Button>
        </div>
      </ModalDialog>

      <ModalDialog open={dialog === "reject"} onClose={() => setDialog(null)} title={labels.rejectTitle}>
        <Suspense fallback={<p className="text-sm text-slate-600">{labels.working}</p>}>
          <RejectForm
            userIds={userIds}
            labels={labels}
            validation={validation}
            onCancel={() => setDialog(null)}
            onDone={finish}
          />
        </Suspense>
      </ModalDialog>
    </div>
  );
}
