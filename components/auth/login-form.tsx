"use client";

import { useState, type ReactNode } from "react";
import { useForm } from "react-hook-form";
import { rulesResolver } from "@/lib/validations/rules-resolver";
import { signInRules } from "@/lib/validations/rules/sign-in";
import type { SignInInput } from "@/lib/validations/sign-in";
import { signInAction, type SignInNotice } from "@/lib/actions/sign-in-action";
import { Button } from "@/components/ui/button";
import { CheckboxField, TextField } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";
import { applyFieldErrors, errorText, type ValidationTexts } from "./form-messages";

type Labels = {
  identifier: string;
  identifierHint: ReactNode;
  password: string;
  remember: string;
  rememberHint: ReactNode;
  submit: string;
  submitting: string;
};

type Props = {
  labels: Labels;
  validation: ValidationTexts;
  /** Rendered on the server: the explanations for accounts that cannot sign in yet. */
  notices: Record<SignInNotice, ReactNode>;
  callbackUrl?: string;
  /** An error carried over from Auth.js's own endpoint (?error=…&code=…). */
  initialError?: string;
};

export function LoginForm({ labels, validation, notices, callbackUrl, initialError }: Props) {
  const [formError, setFormError] = useState(initialError);
  const [notice, setNotice] = useState<SignInNotice>();
  const form = useForm<SignInInput>({
    resolver: rulesResolver(signInRules),
    defaultValues: { identifier: "", password: "", remember: false, callbackUrl },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(undefined);
    setNotice(undefined);
    const result = await signInAction(values);
    if (!result) return; // signed in: the action redirected
    applyFieldErrors(form.setError, result.fieldErrors);
    setFormError(result.formError);
    setNotice(result.notice);
    if (result.formError) form.resetField("password");
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      {formError && (
        <Alert tone="error" live>
          {formError}
        </Alert>
      )}
      {notice && (
        <div role="alert" className="space-y-2">
          {notices[notice]}
        </div>
      )}
      <TextField
        label={labels.identifier}
        hint={labels.identifierHint}
        // "webauthn": the browser may offer the account's passkeys here (conditional mediation).
        autoComplete="username webauthn"
        autoCapitalize="none"
        spellCheck={false}
        error={errorText(validation, errors.identifier?.message)}
        {...form.register("identifier")}
      />
      <TextField
        label={labels.password}
        type="password"
        autoComplete="current-password"
        error={errorText(validation, errors.password?.message)}
        {...form.register("password")}
      />
      <CheckboxField label={labels.remember} hint={labels.rememberHint} {...form.register("remember")} />
      <Button type="submit" disabled={isSubmitting} className="w-full">
        {isSubmitting ? labels.submitting : labels.submit}
      </Button>
    </form>
  );
}
