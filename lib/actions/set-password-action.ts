"use server";

import { getTranslations } from "next-intl/server";
import { clientIp } from "@/lib/request-info";
import { setPasswordWithToken } from "@/lib/auth/set-password";
import { validationErrors, validationMessage } from "@/lib/actions/validation-errors";
import { resetPasswordSchema, type ResetPasswordInput } from "@/lib/validations/sign-in";
import type { ResetPasswordResult } from "./reset-password-action";

// The first password of an account made by `npm run admin:create`. No sign-in follows.
export async function setPasswordAction(input: ResetPasswordInput): Promise<ResetPasswordResult> {
  const parsed = resetPasswordSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: await validationErrors(parsed.error) };
  const outcome = await setPasswordWithToken(parsed.data.token, parsed.data.password, await clientIp());
  if (outcome.ok) return { ok: true };
  if ("link" in outcome) {
    const t = await getTranslations("setPassword");
    return { ok: false, fieldErrors: {}, formError: t(`${outcome.link}.title`), link: outcome.link };
  }
  return { ok: false, fieldErrors: { password: await validationMessage(outcome.problem) } };
}
