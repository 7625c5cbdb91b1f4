"use server";

import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { AuthError, CredentialsSignin } from "next-auth";
import { signIn } from "@/lib/auth";
import { applySessionCookiePolicy } from "@/lib/auth/session-cookie";
import { landingPath } from "@/lib/auth/callback-url";
import { signInCode } from "@/lib/auth/sign-in-failure";
import { brand } from "@/lib/config";
import { asLocale } from "@/lib/i18n/routing";
import type { FieldErrors } from "@/lib/actions/result";
import { validationErrors } from "@/lib/actions/validation-errors";
import { secondStepSchema, type SecondStepInput } from "@/lib/validations/security";

export type SecondStepResult = { ok: false; fieldErrors: FieldErrors; formError?: string; expired?: boolean };

// The second step of signing in: the session is issued by Auth.js's "second-factor" provider,
// the same path (and cookie policy) as a password-only sign-in. Success redirects.
export async function completeSecondStepAction(input: SecondStepInput): Promise<SecondStepResult> {
  const locale = asLocale(await getLocale());
  const t = await getTranslations("security.secondStep.errors");
  const parsed = secondStepSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: await validationErrors(parsed.error) };
  try {
    await signIn("second-factor", { code: parsed.data.code, redirect: false });
  } catch (error) {
    if (!(error instanceof AuthError)) {
      console.error("second step failed unexpectedly", error);
      return { ok: false, fieldErrors: {}, formError: t("unexpected") };
    }
    const code = error instanceof CredentialsSignin ? signInCode(error.code) : "invalid_code";
    if (code === "pending_expired") return { ok: false, fieldErrors: {}, formError: t(code), expired: true };
    return { ok: false, fieldErrors: { code: t("invalid_code") } };
  }
  await applySessionCookiePolicy();
  redirect(landingPath(parsed.data.callbackUrl, brand.baseUrl, locale));
}
