"use server";

import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { AuthError, CredentialsSignin } from "next-auth";
import { signIn } from "@/lib/auth";
import { applySessionCookiePolicy } from "@/lib/auth/session-cookie";
import { landingPath } from "@/lib/auth/callback-url";
import { signInCode } from "@/lib/auth/sign-in-failure";
import { secondStepPath } from "@/lib/auth/callback-url";
import { brand } from "@/lib/config";
import { asLocale } from "@/lib/i18n/routing";
import type { FieldErrors } from "@/lib/actions/result";
import { validationErrors } from "@/lib/actions/validation-errors";
import { signInSchema, type SignInInput } from "@/lib/validations/sign-in";

/** States of an account that get their own explanation (only ever after a correct password). */
export type SignInNotice = "pending_email" | "pending_review" | "contact_support";
export type SignInResult = { ok: false; fieldErrors: FieldErrors; formError?: string; notice?: SignInNotice };

// Success does not return: the session cookie is set and the browser goes to the dashboard or
// to the (same-origin) page that sent it here.
export async function signInAction(input: SignInInput): Promise<SignInResult> {
  const locale = asLocale(await getLocale());
  const t = await getTranslations("login");
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, fieldErrors: await validationErrors(parsed.error) };
  }
  const { identifier, password, remember, callbackUrl } = parsed.data;
  try {
    await signIn("credentials", { identifier, password, remember: remember ? "1" : "0", redirect: false });
  } catch (error) {
    if (!(error instanceof AuthError)) {
      console.error("sign-in failed unexpectedly", error);
      return { ok: false, fieldErrors: {}, formError: t("errors.unexpected") };
    }
    const code = error instanceof CredentialsSignin ? signInCode(error.code) : "invalid";
    if (code === "second_factor") redirect(secondStepPath(locale, callbackUrl));
    if (code !== "pending_email" && code !== "pending_review" && code !== "contact_support") {
      return {
        ok: false,
        fieldErrors: {},
        formError: t(`errors.${code === "rate_limited" ? code : "invalid"}`),
      };
    }
    return { ok: false, fieldErrors: {}, notice: code };
  }
  await applySessionCookiePolicy();
  redirect(landingPath(callbackUrl, brand.baseUrl, locale));
}
