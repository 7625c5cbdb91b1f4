"use server";

import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { requireUser } from "@/lib/dal/session";
import { clientIp } from "@/lib/request-info";
import { replaceTemporaryPassword } from "@/lib/auth/password-change";
import type { ActionResult } from "@/lib/actions/result";
import { validationErrors, validationMessage } from "@/lib/actions/validation-errors";
import { newPasswordSchema, type NewPasswordInput } from "@/lib/validations/sign-in";

// The only thing someone signed in with a temporary password can do (FAQ 2.5).
export async function replaceTemporaryPasswordAction(input: NewPasswordInput): Promise<ActionResult> {
  const user = await requireUser({ allowPendingPasswordChange: true });
  const locale = await getLocale();
  if (!user.mustChangePassword) redirect(`/${locale}/dashboard`);
  const parsed = newPasswordSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: await validationErrors(parsed.error) };
  const outcome = await replaceTemporaryPassword({
    userId: user.id,
    sessionId: user.sessionId,
    password: parsed.data.password,
    ip: await clientIp(),
  });
  if (!outcome.ok) return { ok: false, fieldErrors: { password: await validationMessage(outcome.problem) } };
  redirect(`/${locale}/dashboard`);
}
