"use client";

import { useState, type ReactNode } from "react";
import { useForm } from "react-hook-form";
import { rulesResolver } from "@/lib/validations/rules-resolver";
import { forgotPasswordRules } from "@/lib/validations/rules/sign-in";
import type { ForgotPasswordInput } from "@/lib/validations/sign-in";
import { requestPasswordResetAction } from "@/lib/actions/request-password-reset-action";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";
import { applyFieldErrors, errorText, type ValidationTexts } from "./form-messages";

type Props = {
  labels: { email: string; submit: string; submitting: string; sentTitle: string };
  /** The notice every address gets, with "{email}" where the typed address goes. */
  sentText: string;
  /** Rendered on the server: spam hint, FAQ 2.5 and the support address. */
  sentMore: ReactNode;
  validation: ValidationTexts;
};

export function ForgotPasswordForm({ labels, sentText, sentMore, validation }: Props) {
  const [sentTo, setSentTo] = useState<string>();
  const [formError, setFormError] = useState<string>();
  const form = useForm<ForgotPasswordInput>({
    resolver: rulesResolver(forgotPasswordRules),
    defaultValues: { email: "" },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(undefined);
    const result = await requestPasswordResetAction(values);
    if (result.ok) {
      setSentTo(result.email);
      return;
    }
    applyFieldErrors(form.setError, result.fieldErrors);
    setFormError(result.formError);
  });

  if (sentTo) {
    return (
      <Alert tone="success" title={labels.sentTitle} live>
        <p>{sentText.replace("{email}", sentTo)}</p>
        <div className="mt-2 space-y-2">{sentMore}</div>
      </Alert>
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      {formError && (
        <Alert tone="error" live>
          {formError}
        </Alert>
      )}
      <TextField
        label={labels.email}
        type="email"
        autoComplete="email"
        error={errorText(validation, errors.email?.message)}
        {...form.register("email")}
      />
      <Button type="submit" disabled={isSubmitting} className="w-full">
        {isSubmitting ? labels.submitting : labels.submit}
      </Button>
    </form>
  );
}
