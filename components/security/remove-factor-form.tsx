"use client";

import { useForm } from "react-hook-form";
import { rulesResolver } from "@/lib/validations/rules-resolver";
import { removePasskeyRules, removeTotpRules } from "@/lib/validations/rules/security";
import { removePasskeyAction } from "@/lib/actions/remove-passkey-action";
import { removeTotpAction } from "@/lib/actions/remove-totp-action";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { applyFieldErrors, errorText, type ValidationTexts } from "@/components/auth/form-messages";

type Props = {
  /** The authenticator app, or one passkey by id. */
  factor: { kind: "totp" } | { kind: "passkey"; passkeyId: string };
  labels: { password: string; remove: string; removing: string };
  validation: ValidationTexts;
};

type Values = { password: string; passkeyId?: string };

// Removing a second factor asks for the current password (re-authentication).
export function RemoveFactorForm({ factor, labels, validation }: Props) {
  const form = useForm<Values>(
    factor.kind === "passkey"
      ? {
          resolver: rulesResolver<typeof removePasskeyRules.fields, Values>(removePasskeyRules),
          defaultValues: { passkeyId: factor.passkeyId, password: "" },
        }
      : {
          resolver: rulesResolver<typeof removeTotpRules.fields, Values>(removeTotpRules),
          defaultValues: { password: "" },
        },
  );
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    const { password } = values;
    const result =
      factor.kind === "passkey"
        ? await removePasskeyAction({ passkeyId: factor.passkeyId, password })
        : await removeTotpAction({ password });
    if (result && !result.ok) applyFieldErrors(form.setError, result.fieldErrors);
  });
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-sm space-y-3">
      <TextField
        label={labels.password}
        type="password"
        autoComplete="current-password"
        error={errorText(validation, errors.password?.message)}
        {...form.register("password")}
      />
      <Button type="submit" variant="secondary" disabled={isSubmitting}>
        {isSubmitting ? labels.removing : labels.remove}
      </Button>
    </form>
  );
}
