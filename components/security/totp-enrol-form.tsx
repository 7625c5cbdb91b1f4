"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { rulesResolver } from "@/lib/validations/rules-resolver";
import { totpCodeRules } from "@/lib/validations/rules/security";
import type { TotpCodeInput } from "@/lib/validations/security";
import { confirmTotpAction } from "@/lib/actions/confirm-totp-action";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";
import { applyFieldErrors, errorText, type ValidationTexts } from "@/components/auth/form-messages";
import { RecoveryCodesList, type RecoveryCodesLabels } from "./recovery-codes-list";

type Props = {
  labels: {
    code: string;
    submit: string;
    submitting: string;
    doneTitle: string;
    done: string;
    continue: string;
  };
  codesLabels: RecoveryCodesLabels;
  validation: ValidationTexts;
  continueHref: string;
};

export function TotpEnrolForm({ labels, codesLabels, validation, continueHref }: Props) {
  const [codes, setCodes] = useState<string[]>();
  const form = useForm<TotpCodeInput>({
    resolver: rulesResolver(totpCodeRules),
    defaultValues: { code: "" },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    const result = await confirmTotpAction(values);
    if (result.ok) setCodes(result.codes);
    else applyFieldErrors(form.setError, result.fieldErrors);
  });

  if (codes)
    return (
      <div className="space-y-4">
        <Alert tone="success" title={labels.doneTitle} live>
          {labels.done}
        </Alert>
        <RecoveryCodesList codes={codes} labels={codesLabels} />
        <a
          href={continueHref}
          className="bg-brand-700 hover:bg-brand-800 inline-block rounded-lg px-4 py-2 font-medium text-white"
        >
          {labels.continue}
        </a>
      </div>
    );

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-xs space-y-4">
      <TextField
        label={labels.code}
        inputMode="numeric"
        autoComplete="one-time-code"
        error={errorText(validation, errors.code?.message)}
        {...form.register("code")}
      />
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? labels.submitting : labels.submit}
      </Button>
    </form>
  );
}
