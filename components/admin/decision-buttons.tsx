"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { REJECTION_REASONS, rejectFormSchema } from "@/lib/validations/staff";
import { approveRegistrationsAction } from "@/lib/actions/approve-registrations-action";
import { rejectRegistrationsAction } from "@/lib/actions/reject-registrations-action";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";
import { ModalDialog } from "./modal-dialog";
import { TextAreaField } from "./text-area-field";
import { applyFieldErrors, errorText, type ValidationTexts } from "@/components/auth/form-messages";

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

type RejectValues = { reason: string; note: string };

/** Approve / reject for one account (detail view) or a selection (queue), each confirmed. */
export function DecisionButtons({ userIds, labels, validation, reopen, onDone, showReject = true }: Props) {
  const [dialog, setDialog] = useState<"approve" | "reject" | null>(null);
  const [message, setMessage] = useState<string>();
  const [formError, setFormError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const form = useForm<RejectValues>({
    resolver: zodResolver(rejectFormSchema as never),
    defaultValues: { reason: "", note: "" },
  });
  const { errors, isSubmitting } = form.formState;
  const none = userIds.length === 0;

  const finish = (r: { done: number; skipped: number }) => {
    setDialog(null);
    setMessage(labels.result.replace("{done}", String(r.done)).replace("{skipped}", String(r.skipped)));
    form.reset();
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

  const reject = form.handleSubmit(async (values) => {
    setFormError(undefined);
    const result = await rejectRegistrationsAction({ ...values, userIds });
    if (result.ok) return finish(result);
    applyFieldErrors(form.setError, result.fieldErrors);
    setFormError(result.formError ?? result.fieldErrors.userIds);
  });

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
        <form onSubmit={reject} noValidate className="space-y-4">
          <p className="text-sm text-slate-700">{labels.rejectText}</p>
          {formError && (
            <Alert tone="error" live>
              {formError}
            </Alert>
          )}
          <SelectField
            label={labels.reason}
            error={errorText(validation, errors.reason?.message)}
            {...form.register("reason")}
          >
            <option value="">{labels.choose}</option>
            {REJECTION_REASONS.map((r) => (
              <option key={r} value={r}>
                {labels.reasons[r]}
              </option>
            ))}
          </SelectField>
          <TextAreaField
            label={labels.note}
            optional={labels.optional}
            hint={labels.noteHint}
            error={errorText(validation, errors.note?.message)}
            {...form.register("note")}
          />
          <div className="flex justify-end gap-3">
            <Button variant="secondary" onClick={() => setDialog(null)}>
              {labels.cancel}
            </Button>
            <Button type="submit" variant="danger" disabled={isSubmitting}>
              {isSubmitting ? labels.working : labels.reject}
            </Button>
          </div>
        </form>
      </ModalDialog>
    </div>
  );
}
