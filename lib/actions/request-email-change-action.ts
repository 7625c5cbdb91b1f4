"use server";

import { requireUser } from "@/lib/dal/session";
import { clientIp } from "@/lib/request-info";
import { requestEmailChange } from "@/lib/account/email-change";
import type { ActionResult } from "@/lib/actions/result";
import { validationErrors, validationMessage } from "@/lib/actions/validation-errors";
import { emailChangeSchema, type EmailChangeInput } from "@/lib/validations/profile";

// Account page: sends the confirmation link to the new address; the change waits for it.
export async function requestEmailChangeAction(
  input: EmailChangeInput,
): Promise<ActionResult<{ email: string }>> {
  const user = await requireUser();
  const parsed = emailChangeSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: await validationErrors(parsed.error) };
  const outcome = await requestEmailChange({
    userId: user.id,
    newEmail: parsed.data.newEmail,
    password: parsed.data.emailPassword,
    ip: await clientIp(),
  });
  if (outcome.ok) return { ok: true, email: parsed.data.newEmail };
  const field = outcome.problem === "currentPasswordWrong" ? "emailPassword" : "newEmail";
  return { ok: false, fieldErrors: { [field]: await validationMessage(outcome.problem) } };
}
