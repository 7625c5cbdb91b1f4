"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import { db } from "@/lib/db";
import { devMailboxEnabled } from "@/lib/env";
import { enqueueEmail } from "@/lib/email/outbox";
import { testEmail } from "@/lib/email/templates/test-email";

const schema = z.object({ to: z.email().max(254) });

export type SendTestEmailState = { ok: boolean; to?: string } | null;

// Development tool: queues a test e-mail through the outbox so the whole path can be seen working.
export async function sendTestEmailAction(
  _prev: SendTestEmailState,
  form: FormData,
): Promise<SendTestEmailState> {
  if (!devMailboxEnabled) return { ok: false };
  const parsed = schema.safeParse({ to: form.get("to") });
  if (!parsed.success) return { ok: false };
  const locale = await getLocale();
  await db.$transaction((tx) =>
    enqueueEmail(tx, { to: parsed.data.to, locale, template: testEmail, props: {} }),
  );
  revalidatePath(`/${locale}/dev/mail`);
  return { ok: true, to: parsed.data.to };
}
