"use client";

import { useEffect, useState } from "react";
import { useForm } from "react-hook-form";
import { rulesResolver } from "@/lib/validations/rules-resolver";
import { resendConfirmationRules } from "@/lib/validations/rules/sign-in";
import { resendConfirmationAction } from "@/lib/actions/resend-confirmation-action";
import { TextField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { readSentTo } from "./draft-storage";

export type ResendLabels = { email: string; submit: string; sending: string; done: string };

type Props = {
  labels: ResendLabels;
  /** The "validation" messages, to translate the schema's keys. */
  validation: Record<string, string>;
  /** Prefill with the address the wizard just submitted (check-inbox page). */
  prefillFromRegistration?: boolean;
};

/** "Send the confirmation e-mail again" (FAQ 1.6); the answer is the same for every address. */
export function ResendConfirmationForm({ labels, validation, prefillFromRegistration = false }: Props) {
  const [done, setDone] = useState(false);
  const [formError, setFormError] = useState<string>();
  const form = useForm({
    resolver: rulesResolver(resendConfirmationRules),
    defaultValues: { email: "" },
    mode: "onTouched",
  });
  const { register, handleSubmit, setError, setValue, formState } = form;

  useEffect(() => {
    const sentTo = prefillFromRegistration ? readSentTo() : null;
    if (sentTo) setValue("email", sentTo);
  }, [prefillFromRegistration, setValue]);

  const onSubmit = handleSubmit(async (values) => {
    setDone(false);
    setFormError(undefined);
    const result = await resendConfirmationAction(values);
    if (result.ok) return setDone(true);
    if (result.fieldErrors.email) setError("email", { type: "server", message: result.fieldErrors.email });
    setFormError(result.formError);
  });

  const error = formState.errors.email;
  const errorText = error && (error.type === "server" ? error.message : validation[error.message ?? ""]);

  return (
    <form noValidate onSubmit={onSubmit} className="space-y-4">
      <TextField
        label={labels.email}
        type="email"
        autoComplete="email"
        error={errorText ?? (error ? validation.invalid : undefined)}
        {...register("email")}
      />
      <Button type="submit" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? labels.sending : labels.submit}
      </Button>
      <div aria-live="polite">
        {done && <Alert tone="success">{labels.done}</Alert>}
        {formError && <Alert tone="error">{formError}</Alert>}
      </div>
    </form>
  );
}
