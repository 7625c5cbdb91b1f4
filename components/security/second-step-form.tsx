"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { rulesResolver } from "@/lib/validations/rules-resolver";
import { secondStepRules } from "@/lib/validations/rules/security";
import type { SecondStepInput } from "@/lib/validations/security";
import { completeSecondStepAction } from "@/lib/actions/complete-second-step-action";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";
import { applyFieldErrors, errorText, type ValidationTexts } from "@/components/auth/form-messages";

type Props = {
  labels: { code: string; codeHint: string; submit: string; submitting: string; startOver: string };
  validation: ValidationTexts;
  loginHref: string;
  callbackUrl?: string;
};

export function SecondStepForm({ labels, validation, loginHref, callbackUrl }: Props) {
  const [formError, setFormError] = useState<string>();
  const [expired, setExpired] = useState(false);
  const form = useForm<SecondStepInput>({
    resolver: rulesResolver(secondStepRules),
    defaultValues: { code: "", callbackUrl },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(undefined);
    const result = await completeSecondStepAction(values);
    if (!result) return; // signed in: the action redirected
    applyFieldErrors(form.setError, result.fieldErrors);
    setFormError(result.formError);
    setExpired(!!result.expired);
    form.setValue("code", "");
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      {formError && (
        <Alert tone="error" live>
          {formError}{" "}
          {expired && (
            <a href={loginHref} className="font-medium underline">
              {labels.startOver}
            </a>
          )}
        </Alert>
      )}
      <TextField
        label={labels.code}
        hint={labels.codeHint}
        autoComplete="one-time-code"
        autoCapitalize="none"
        spellCheck={false}
        autoFocus
        error={errorText(validation, errors.code?.message)}
        {...form.register("code")}
      />
      <Button type="submit" disabled={isSubmitting} className="w-full">
        {isSubmitting ? labels.submitting : labels.submit}
      </Button>
    </form>
  );
}
