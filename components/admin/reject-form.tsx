"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { rulesResolver } from "@/lib/validations/rules-resolver";
import { REJECTION_REASONS, rejectFormRules } from "@/lib/validations/rules/staff";
import { rejectRegistrationsAction } from "@/lib/actions/reject-registrations-action";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";
import { applyFieldErrors, errorText, type ValidationTexts } from "@/components/auth/form-messages";
import { TextAreaField } from "./text-area-field";
import type { DecisionLabels } from "./decision-buttons";

type Values = { reason: string; note: string };
type Props = {
  userIds: string[];
  labels: DecisionLabels;
  validation: ValidationTexts;
  onCancel: () => void;
  onDone: (r: { done: number; skipped: number }) => void;
};

/** The reject dialog's form: a reason from the list and a note for the customer. */
export default function RejectForm({ userIds, labels, validation, onCancel, onDone }: Props) {
  const [formError, setFormError] = useState<string>();
  const form = useForm<Values>({
    resolver: rulesResolver(rejectFormRules),
    defaultValues: { reason: "", note: "" },
  });
  const { errors, isSubmitting } = form.formState;

  const reject = form.handleSubmit(async (values) => {
    setFormError(undefined);
    const result = await rejectRegistrationsAction({ ...values, userIds });
    if (result.ok) return onDone(result);
    applyFieldErrors(form.setError, result.fieldErrors);
    setFormError(result.formError ?? result.fieldErrors.userIds);
  });

  return (
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
        <Button variant="secondary" onClick={onCancel}>
          {labels.cancel}
        </Button>
        <Button type="submit" variant="danger" disabled={isSubmitting}>
          {isSubmitting ? labels.working : labels.reject}
        </Button>
      </div>
    </form>
  );
}
