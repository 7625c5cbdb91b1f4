"use client";

import { useState, type ReactNode } from "react";
import { useForm } from "react-hook-form";
import { rulesResolver } from "@/lib/validations/rules-resolver";
import type { Fields, FormRules } from "@/lib/validations/rules/core";
import { changePasswordRules, newPasswordRules, resetPasswordRules } from "@/lib/validations/rules/sign-in";
import { changePasswordAction } from "@/lib/actions/change-password-action";
import { replaceTemporaryPasswordAction } from "@/lib/actions/replace-temporary-password-action";
import { resetPasswordAction } from "@/lib/actions/reset-password-action";
import { setPasswordAction } from "@/lib/actions/set-password-action";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";
import { applyFieldErrors, errorText, type ValidationTexts } from "./form-messages";

/**
 * change: account page (current + new); forced: after a temporary password; reset: from an e-mail
 * link; set: the first password, from the link `npm run admin:create` sends. change and forced
 * redirect on success (the cookie they re-issue is only seen by the next request); reset and set
 * show `donePanel`.
 */
type Mode = "change" | "forced" | "reset" | "set";

type Labels = {
  current?: string;
  password: string;
  passwordHint: string;
  confirm: string;
  submit: string;
  submitting: string;
};

type Props = {
  mode: Mode;
  labels: Labels;
  validation: ValidationTexts;
  /** For password managers: the account the new password belongs to. */
  username: string;
  token?: string;
  /** reset, set: shown instead of the form once the password is saved. */
  donePanel?: ReactNode;
  /** reset, set: shown under the error when the link went bad meanwhile. */
  requestNewLink?: ReactNode;
};

type Values = { current: string; password: string; confirm: string; token: string };

const RULES: Record<Mode, FormRules> = {
  change: changePasswordRules,
  forced: newPasswordRules,
  reset: resetPasswordRules,
  set: resetPasswordRules,
};

function submitTo(mode: Mode, { current, password, confirm, token }: Values) {
  if (mode === "change") return changePasswordAction({ current, password, confirm });
  if (mode === "forced") return replaceTemporaryPasswordAction({ password, confirm });
  if (mode === "set") return setPasswordAction({ password, confirm, token });
  return resetPasswordAction({ password, confirm, token });
}

export function PasswordForm({
  mode,
  labels,
  validation,
  username,
  token = "",
  donePanel,
  requestNewLink,
}: Props) {
  const [formError, setFormError] = useState<string>();
  const [linkProblem, setLinkProblem] = useState(false);
  const [done, setDone] = useState(false);
  const form = useForm<Values>({
    resolver: rulesResolver<Fields, Values>(RULES[mode]),
    defaultValues: { current: "", password: "", confirm: "", token },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(undefined);
    const result = await submitTo(mode, values);
    if (!result) return; // the action redirected
    if (result.ok) {
      form.reset({ current: "", password: "", confirm: "", token });
      setDone(true);
      return;
    }
    applyFieldErrors(form.setError, result.fieldErrors);
    setFormError(result.formError);
    setLinkProblem("link" in result);
  });

  if (done && donePanel) return <>{donePanel}</>;

  const field = (name: keyof Values) => errorText(validation, errors[name]?.message);
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      {formError && (
        <Alert tone="error" live>
          {formError}
          {linkProblem && requestNewLink}
        </Alert>
      )}
      <input type="text" name="username" autoComplete="username" value={username} readOnly hidden />
      {mode === "change" && (
        <TextField
          label={labels.current}
          type="password"
          autoComplete="current-password"
          error={field("current")}
          {...form.register("current")}
        />
      )}
      <TextField
        label={labels.password}
        hint={labels.passwordHint}
        type="password"
        autoComplete="new-password"
        error={field("password")}
        {...form.register("password")}
      />
      <TextField
        label={labels.confirm}
        type="password"
        autoComplete="new-password"
        error={field("confirm")}
        {...form.register("confirm")}
      />
      <Button type="submit" disabled={isSubmitting} className={mode === "change" ? "" : "w-full"}>
        {isSubmitting ? labels.submitting : labels.submit}
      </Button>
    </form>
  );
}
