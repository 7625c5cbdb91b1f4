"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { rulesResolver } from "@/lib/validations/rules-resolver";
import { startRegistration } from "@simplewebauthn/browser";
import { passkeyNameRules } from "@/lib/validations/rules/security";
import type { PasskeyNameInput } from "@/lib/validations/security";
import { passkeyRegistrationOptionsAction } from "@/lib/actions/passkey-registration-options-action";
import { addPasskeyAction } from "@/lib/actions/add-passkey-action";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";
import { applyFieldErrors, errorText, type ValidationTexts } from "@/components/auth/form-messages";
import { RecoveryCodesList, type RecoveryCodesLabels } from "./recovery-codes-list";

type Props = {
  labels: {
    name: string;
    nameHint: string;
    add: string;
    adding: string;
    added: string;
    failed: string;
    continue: string;
  };
  codesLabels: RecoveryCodesLabels;
  validation: ValidationTexts;
  /** Where to go once the passkey is stored (reloads the list). */
  doneHref: string;
};

export function AddPasskeyForm({ labels, codesLabels, validation, doneHref }: Props) {
  const [error, setError] = useState<string>();
  const [codes, setCodes] = useState<string[]>();
  const form = useForm<PasskeyNameInput>({
    resolver: rulesResolver(passkeyNameRules),
    defaultValues: { name: "" },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async ({ name }) => {
    setError(undefined);
    let response;
    try {
      response = await startRegistration({ optionsJSON: await passkeyRegistrationOptionsAction() });
    } catch {
      setError(labels.failed);
      return;
    }
    const result = await addPasskeyAction({ name, response: JSON.stringify(response) });
    if (!result.ok) {
      applyFieldErrors(form.setError, result.fieldErrors);
      setError(result.formError);
    } else if (result.codes.length) setCodes(result.codes);
    else window.location.assign(doneHref);
  });

  if (codes)
    return (
      <div className="space-y-3">
        <Alert tone="success" live>
          {labels.added}
        </Alert>
        <RecoveryCodesList codes={codes} labels={codesLabels} />
        <a href={doneHref} className="text-brand-700 inline-block text-sm font-medium underline">
          {labels.continue}
        </a>
      </div>
    );

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-sm space-y-3">
      {error && (
        <Alert tone="error" live>
          {error}
        </Alert>
      )}
      <TextField
        label={labels.name}
        hint={labels.nameHint}
        autoComplete="off"
        error={errorText(validation, errors.name?.message)}
        {...form.register("name")}
      />
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? labels.adding : labels.add}
      </Button>
    </form>
  );
}
