"use client";

import { useState, type FormEvent, type ReactNode } from "react";
import { checkForm, firstIssues } from "@/lib/validations/rules/check";
import { signInRules } from "@/lib/validations/rules/sign-in";
import { signInAction, type SignInNotice } from "@/lib/actions/sign-in-action";
import type { FieldErrors } from "@/lib/actions/result";
import { Button } from "@/components/ui/button";
import { CheckboxField, TextField } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";
import { errorText, type ValidationTexts } from "./form-messages";

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

// The most visited form gets no form library: two fields, checked with the same rule data as the
// server (lib/validations/rules), keep the sign-in page's JavaScript to the framework's floor.
export function LoginForm({ labels, validation, notices, callbackUrl, initialError }: Props) {
  const [formError, setFormError] = useState(initialError);
  const [notice, setNotice] = useState<SignInNotice>();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [submitting, setSubmitting] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement;
    const values = {
      identifier: field("identifier").value,
      password: field("password").value,
      remember: field("remember").checked,
      callbackUrl,
    };
    setFormError(undefined);
    setNotice(undefined);
    const checked = checkForm(signInRules, values);
    const found = checked.ok ? {} : firstIssues(checked.issues);
    setErrors(found);
    if (!checked.ok) return focusFirst(form, found);

    setSubmitting(true);
    try {
      const result = await signInAction(checked.values);
      if (!result) return; // signed in: the action redirected
      setErrors(result.fieldErrors);
      setFormError(result.formError);
      setNotice(result.notice);
      if (result.formError) field("password").value = "";
      focusFirst(form, result.fieldErrors);
    } finally {
      setSubmitting(false);
    }
  }

  return (
    // POST even before the page is interactive: a password never ends up in an address.
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-5">
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
        name="identifier"
        // "webauthn": the browser may offer the account's passkeys here (conditional mediation).
        autoComplete="username webauthn"
        autoCapitalize="none"
        spellCheck={false}
        error={errorText(validation, errors.identifier)}
      />
      <TextField
        label={labels.password}
        name="password"
        type="password"
        autoComplete="current-password"
        error={errorText(validation, errors.password)}
      />
      <CheckboxField label={labels.remember} hint={labels.rememberHint} name="remember" />
      <Button type="submit" disabled={submitting} className="w-full">
        {submitting ? labels.submitting : labels.submit}
      </Button>
    </form>
  );
}

function focusFirst(form: HTMLFormElement, errors: FieldErrors) {
  const first = Object.keys(errors)[0];
  if (first) (form.elements.namedItem(first) as HTMLInputElement | null)?.focus();
}
