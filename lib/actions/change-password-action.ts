"use server";

import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { requireUser } from "@/lib/dal/session";
import { clientIp } from "@/lib/request-info";
import { changePassword } from "@/lib/auth/password-change";
import type { ActionResult } from "@/lib/actions/result";
import { validationErrors, validationMessage } from "@/lib/actions/validation-errors";
import { changePasswordSchema, type ChangePasswordInput } from "@/lib/validations/sign-in";

// Account page: ends every other session and sends the "password changed" e-mail. Success
// redirects, so the page is rendered with the re-issued session cookie.
export async function changePasswordAction(input: ChangePasswordInput): Promise<ActionResult> {
  const user = await requireUser();
  const parsed = changePasswordSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: await validationErrors(parsed.error) };
  const outcome = await changePassword({
    userId: user.id,
    sessionId: user.sessionId,
    current: parsed.data.current,
    password: parsed.data.password,
    ip: await clientIp(),
  });
  if (outcome.ok) redirect(`/${await getLocale()}/account?passwordChanged=1#change-password`);
  const field = outcome.problem === "currentPasswordWrong" ? "current" : "password";
  return { ok: false, fieldErrors: { [field]: await validationMessage(outcome.problem) } };
}
