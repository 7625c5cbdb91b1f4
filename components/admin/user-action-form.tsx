"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { rulesResolver } from "@/lib/validations/rules-resolver";
import type { Fields, FormRules } from "@/lib/validations/rules/core";
import { changeEmailRules, changeRoleRules, ROLES, userActionRules } from "@/lib/validations/rules/staff";
import type { ActionResult } from "@/lib/actions/result";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";
import { applyFieldErrors, errorText, type ValidationTexts } from "@/components/auth/form-messages";
import type { UserActionKind, UserActionLabels } from "./user-action-dialog";

type Values = { userId: string; reason: string; newEmail?: string; role?: string };
type Result = ActionResult<{ password?: string }>;
type Props = {
  kind: UserActionKind;
  userId: string;
  run: (values: Values) => Promise<Result>;
  labels: UserActionLabels;
  validation: ValidationTexts;
  tone: "primary" | "danger";
  currentRole?: string;
  onCancel: () => void;
  onDone: (password?: string) => void;
};

const RULES: Record<Props["kind"], FormRules> = {
  reason: userActionRules,
  password: userActionRules,
  email: changeEmailRules,
  role: changeRoleRules,
};

/** What the dialog asks: the reason, plus the new address or role where the action needs one. */
export default function UserActionForm(props: Props) {
  const { kind, userId, run, labels, validation, tone, currentRole, onCancel, onDone } = props;
  const [formError, setFormError] = useState<string>();
  const form = useForm<Values>({
    resolver: rulesResolver<Fields, Values>(RULES[kind]),
    defaultValues: { userId, reason: "", newEmail: "", role: currentRole },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(undefined);
    const result = await run(values);
    if (result.ok) return onDone(result.password);
    applyFieldErrors(form.setError, result.fieldErrors);
    setFormError(result.formError);
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <p className="text-sm text-slate-700">{labels.description}</p>
      {formError && (
        <Alert tone="error" live>
          {formError}
        </Alert>
      )}
      {kind === "email" && (
        <TextField
          label={labels.newEmail}
          type="email"
          autoComplete="off"
          error={errorText(validation, errors.newEmail?.message)}
          {...form.register("newEmail")}
        />
      )}
      {kind === "role" && (
        <SelectField
          label={labels.role}
          error={errorText(validation, errors.role?.message)}
          {...form.register("role")}
        >
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {labels.roles?.[r] ?? r}
            </option>
          ))}
        </SelectField>
      )}
      <TextField
        label={labels.reason}
        hint={labels.reasonHint}
        autoComplete="off"
        error={errorText(validation, errors.reason?.message)}
        {...form.register("reason")}
      />
      <div className="flex flex-wrap justify-end gap-3">
        <Button variant="secondary" onClick={onCancel}>
          {labels.cancel}
        </Button>
        <Button type="submit" variant={tone} disabled={isSubmitting}>
          {isSubmitting ? labels.working : labels.confirm}
        </Button>
      </div>
    </form>
  );
}
