"use client";

import { useForm } from "react-hook-form";
import { rulesResolver } from "@/lib/validations/rules-resolver";
import type { Fields } from "@/lib/validations/rules/core";
import { deleteAccountRules } from "@/lib/validations/rules/profile";
import { deleteAccountAction } from "@/lib/actions/delete-account-action";
import { CheckboxField, TextField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { applyFieldErrors, errorText } from "@/components/auth/form-messages";

type Values = { deletePassword: string; deleteConfirm: boolean };

type Props = {
  validation: Record<string, string>;
  text: { password: string; confirm: string; submit: string; submitting: string };
};

export function DeleteAccountForm({ validation, text }: Props) {
  const form = useForm<Values>({
    resolver: rulesResolver<Fields, Values>(deleteAccountRules),
    defaultValues: { deletePassword: "", deleteConfirm: false },
  });
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    const result = await deleteAccountAction(values as never);
    if (result && !result.ok) applyFieldErrors(form.setError, result.fieldErrors);
  });
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-md space-y-4">
      <TextField
        label={text.password}
        type="password"
        autoComplete="current-password"
        error={errorText(validation, errors.deletePassword?.message)}
        {...form.register("deletePassword")}
      />
      <CheckboxField
        label={text.confirm}
        error={errorText(validation, errors.deleteConfirm?.message)}
        {...form.register("deleteConfirm")}
      />
      <Button type="submit" variant="danger" disabled={isSubmitting}>
        {isSubmitting ? text.submitting : text.submit}
      </Button>
    </form>
  );
}
