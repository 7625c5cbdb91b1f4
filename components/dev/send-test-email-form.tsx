"use client";

import { useActionState } from "react";
import { sendTestEmailAction } from "@/lib/actions/send-test-email-action";

type Labels = { address: string; send: string; queued: string };

export function SendTestEmailForm({ labels }: { labels: Labels }) {
  const [state, action, pending] = useActionState(sendTestEmailAction, null);
  return (
    <form action={action} className="flex flex-wrap items-end gap-3">
      <label className="flex flex-col text-sm font-medium">
        {labels.address}
        <input
          name="to"
          type="email"
          required
          // React empties a form after its action; a refused address comes back to be corrected.
          defaultValue={state?.ok === false ? state.typed : "test@example.com"}
          aria-invalid={state?.ok === false}
          aria-describedby="send-test-email-status"
          className="mt-1 rounded-md border border-slate-300 px-3 py-2 font-normal"
        />
      </label>
      <button
        type="submit"
        disabled={pending}
        className="bg-brand-600 hover:bg-brand-700 rounded-md px-4 py-2 text-sm font-medium text-white disabled:opacity-60"
      >
        {labels.send}
      </button>
      <p
        id="send-test-email-status"
        role="status"
        className={`text-sm ${state?.ok === false ? "text-red-700" : "text-slate-600"}`}
      >
        {state?.ok ? labels.queued.replace("{to}", state.to) : (state?.error ?? "")}
      </p>
    </form>
  );
}
