"use client";

import { useState, type ReactNode } from "react";
import type { FieldValues, UseFormReturn } from "react-hook-form";
import type { ActionResult } from "@/lib/actions/result";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { applyFieldErrors } from "@/components/auth/form-messages";

type Props<T extends FieldValues> = {
  form: UseFormReturn<T>;
  submit: (values: T) => Promise<ActionResult | undefined>;
  text: { submit: string; submitting: string; saved: string; formError: string };
  /** After a successful save, e.g. refresh the server-rendered parts of the page. */
  onSaved?: () => void;
  children: ReactNode;
};

/** A form of the account page: saves with a server action, then says "saved" (announced). */
export function SavedForm<T extends FieldValues>({ form, submit, text, onSaved, children }: Props<T>) {
  const [state, setState] = useState<"idle" | "saved" | "failed">("idle");
  const onSubmit = form.handleSubmit(async (values) => {
    setState("idle");
    try {
      const result = await submit(values);
      if (!result) return;
      if (result.ok) {
        setState("saved");
        onSaved?.();
      } else {
        applyFieldErrors(form.setError, result.fieldErrors);
        if (result.formError) setState("failed");
      }
    } catch {
      setState("failed");
    }
  });
  const busy = form.formState.isSubmitting;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      {children}
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" disabled={busy}>
          {busy ? text.submitting : text.submit}
        </Button>
        <div aria-live="polite" role="status" className="text-sm">
          {state === "saved" && <span className="font-medium text-emerald-800">{text.saved}</span>}
        </div>
      </div>
      {state === "failed" && <Alert tone="error">{text.formError}</Alert>}
    </form>
  );
}
