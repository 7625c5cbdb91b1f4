"use client";

import { useForm } from "react-hook-form";
import { rulesResolver } from "@/lib/validations/rules-resolver";
import { removeTotpRules } from "@/lib/validations/rules/security";
import type { RemoveTotpInput } from "@/lib/validations/security";
import { removeTotpAction } from "@/lib/actions/remove-totp-action";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { applyFieldErrors, errorText, type ValidationTexts } from "@/components/auth/form-messages";

type Props = { labels: { password: string; remove: string; removing: string }; validation: ValidationTexts };

// Removing the authenticator asks for the current password (re-authentication).
export function RemoveTotpForm({ labels, validation }: Props) {
  const form = useForm<RemoveTotpInput>({
    resolver: rulesResolver(removeTotpRules),
    defaultValues: { password: "" },
  });
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    const result = await removeTotpAction(values);
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
