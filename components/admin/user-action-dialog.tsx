"use client";

import { lazy, Suspense, useState } from "react";
import type { ActionResult } from "@/lib/actions/result";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import type { ValidationTexts } from "@/components/auth/form-messages";
import { ModalDialog } from "./modal-dialog";
import { useActionStatus } from "./action-status";

// The form with its validation library loads when a dialog first opens, not with the page.
const UserActionForm = lazy(() => import("./user-action-form"));

export type UserActionKind = "reason" | "email" | "role" | "password";

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

type Props = {
  kind: UserActionKind;
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
  const announce = useActionStatus();
  const run = (values: object) =>
    (action as unknown as (input: unknown) => ReturnType<Props["action"]>)({ ...values, ...extra });
  const close = () => {
    setOpen(false);
    setPassword(undefined);
  };

  return (
    <>
      <Button variant="secondary" onClick={() => (setDone(false), announce?.(""), setOpen(true))}>
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
          <Suspense fallback={<p className="text-sm text-slate-600">{labels.working}</p>}>
            <UserActionForm
              kind={kind}
              userId={userId}
              run={run}
              labels={labels}
              validation={validation}
              tone={tone}
              currentRole={currentRole}
              onCancel={close}
              onDone={(pw) => {
                if (announce) announce(labels.done);
                else setDone(true);
                if (pw) setPassword(pw);
                else close();
              }}
            />
          </Suspense>
        )}
      </ModalDialog>
    </>
  );
}
