"use server";

import { after } from "next/server";
import { getTranslations } from "next-intl/server";
import { clientIp } from "@/lib/request-info";
import { allowResetRequest } from "@/lib/auth/signin-throttle";
import { sendPasswordResetLink } from "@/lib/auth/password-reset";
import type { ActionResult } from "@/lib/actions/result";
import { validationErrors } from "@/lib/actions/validation-errors";
import { forgotPasswordSchema, type ForgotPasswordInput } from "@/lib/validations/sign-in";

/**
 * "Forgot password" (FAQ 2.1). The answer is the same for every address, known or not, and the
 * lookup and e-mail happen after the response (next/server after()), so neither the content nor
 * the timing of the answer tells whether an account exists. Over its per-address budget a
 * request is silently not sent (same answer); over the per-address (IP) budget the form says so.
 */
export async function requestPasswordResetAction(
  input: ForgotPasswordInput,
): Promise<ActionResult<{ email: string }>> {
  const parsed = forgotPasswordSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: await validationErrors(parsed.error) };
  const { email } = parsed.data;
  const ip = await clientIp();
  try {
    const verdict = await allowResetRequest(email, ip);
    if (verdict === "ip") {
      const t = await getTranslations("forgotPassword");
      return { ok: false, fieldErrors: {}, formError: t("tooMany") };
    }
    if (verdict === "ok") {
      after(() =>
        sendPasswordResetLink(email, ip).catch((error) =>
          console.error("password reset e-mail failed", error),
        ),
      );
    }
  } catch (error) {
    console.error("password reset request failed", error);
    const t = await getTranslations("forgotPassword");
    return { ok: false, fieldErrors: {}, formError: t("unexpected") };
  }
  return { ok: true, email };
}
