"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { changeEmailSchema, changeRoleSchema, ROLES, userActionSchema } from "@/lib/validations/staff";
import type { ActionResult } from "@/lib/actions/result";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";
import { ModalDialog } from "./modal-dialog";
import { applyFieldErrors, errorText, type ValidationTexts } from "@/components/auth/form-messages";

type Kind = "reason" | "email" | "role" | "password";

export type UserActionLabels = {
  open: string;
  title: string;
  description: string;
  confirm: string;
  working: string;
  cancel: string;
  reason: string;
  reasonHint: string;
  done: string;
  newEmail?: string;
  role?: string;
  roles?: Record<string, string>;
  /** For the temporary password: shown once, with how to pass it on. */
  passwordTitle?: string;
  passwordNote?: string;
  close?: string;
};

type Values = { userId: string; reason: string; newEmail?: string; role?: string };
type Props = {
  kind: Kind;
  userId: string;
  /** Any of the user actions; each validates its own input on the server. */
  action: (input: never) => Promise<ActionResult<{ password?: string }>>;
  /** Fixed extra input, e.g. { disabled: true }. */
  extra?: Record<string, unknown>;
  labels: UserActionLabels;
  validation: ValidationTexts;
  tone?: "primary" | "danger";
  currentRole?: string;
};

const SCHEMAS = {
  reason: userActionSchema,
  password: userActionSchema,
  email: changeEmailSchema,
  role: changeRoleSchema,
};

/** One confirmed support action: a button, a dialog that asks why, the result. */
export function UserActionDialog({
  kind,
  userId,
  action,
  extra,
  labels,
  validation,
  tone = "primary",
  currentRole,
}: Props) {
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState(false);
  const [password, setPassword] = useState<string>();
  const [formError, setFormError] = useState<string>();
  const form = useForm<Values>({
    resolver: zodResolver(SCHEMAS[kind] as typeof userActionSchema),
    defaultValues: { userId, reason: "", newEmail: "", role: currentRole },
  });
  const { errors, isSubmitting } = form.formState;

  const close = () => {
    setOpen(false);
    setPassword(undefined);
    form.reset();
  };

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(undefined);
    const run = action as unknown as (input: unknown) => ReturnType<Props["action"]>;
    const result = await run({ ...values, ...extra });
    if (!result.ok) {
      applyFieldErrors(form.setError, result.fieldErrors);
      setFormError(result.formError);
      return;
    }
    setDone(true);
    if (result.password) setPassword(result.password);
    else close();
  });

  return (
    <>
      <Button variant="secondary" onClick={() => (setDone(false), setOpen(true))}>
        {labels.open}
      </Button>
      {done && !open && (
        <p role="status" className="text-sm font-medium text-emerald-800">
          {labels.done}
        </p>
      )}
      <ModalDialog open={open} onClose={close} title={labels.title}>
        {password ? (
          <div className="space-y-4">
            <Alert tone="warning" title={labels.passwordTitle} live>
              {labels.passwordNote}
            </Alert>
            <p
              className="rounded-md bg-slate-100 px-4 py-3 text-center font-mono text-xl tracking-wider select-all"
              aria-label={labels.passwordTitle}
            >
              {password}
            </p>
            <div className="flex justify-end">
              <Button onClick={close}>{labels.close}</Button>
            </div>
          </div>
        ) : (
          <form onSubmit={onSubmit} noValidate className="space-y-4">
            <p className="text-sm text-slate-700">{labels.description}</p>
            {formError && (
              <Alert tone="error" live>
                {formError}
              </Alert>
            )}
            {kind === "email" && (
              <TextField
                label={labels.newEmail}
                type="email"
                autoComplete="off"
                error={errorText(validation, errors.newEmail?.message)}
                {...form.register("newEmail")}
              />
            )}
            {kind === "role" && (
              <SelectField
                label={labels.role}
                error={errorText(validation, errors.role?.message)}
                {...form.register("role")}
              >
                {ROLES.map((r) => (
                  <option key={r} value={r}>
                    {labels.roles?.[r] ?? r}
                  </option>
                ))}
              </SelectField>
            )}
            <TextField
              label={labels.reason}
              hint={labels.reasonHint}
              autoComplete="off"
              error={errorText(validation, errors.reason?.message)}
              {...form.register("reason")}
            />
            <div className="flex flex-wrap justify-end gap-3">
              <Button variant="secondary" onClick={close}>
                {labels.cancel}
              </Button>
              <Button type="submit" variant={tone} disabled={isSubmitting}>
                {isSubmitting ? labels.working : labels.confirm}
              </Button>
            </div>
          </form>
        )}
      </ModalDialog>
    </>
  );
}
