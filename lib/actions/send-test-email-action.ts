"use server";

import { notFound } from "next/navigation";
import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import { db } from "@/lib/db";
import { devMailboxEnabled } from "@/lib/env";
import { enqueueEmail } from "@/lib/email/outbox";
import { testEmail } from "@/lib/email/templates/test-email";
import { emailField } from "@/lib/validations/fields";
import { validationErrors } from "./validation-errors";

/** A refusal carries the address as typed, so the form shows it beside its error. */
export type SendTestEmailState =
  { ok: true; to: string } | { ok: false; error: string; typed: string } | null;

// Development tool: queues a test e-mail through the outbox so the whole path can be seen working.
export async function sendTestEmailAction(
  _prev: SendTestEmailState,
  form: FormData,
): Promise<SendTestEmailState> {
  // Like the mailbox page, the tool does not exist where the mailbox is off.
  if (!devMailboxEnabled) notFound();
  const typed = form.get("to");
  const parsed = emailField.safeParse(typed ?? "");
  if (!parsed.success) {
    const error = Object.values(await validationErrors(parsed.error))[0]!;
    return { ok: false, error, typed: typeof typed === "string" ? typed.slice(0, 320) : "" };
  }
  const locale = await getLocale();
  await db.$transaction((tx) =>
    enqueueEmail(tx, { to: parsed.data, locale, template: testEmail, props: {} }),
  );
  revalidatePath(`/${locale}/dev/mail`);
  return { ok: true, to: parsed.data };
}
