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

type Input = { response: string; callbackUrl?: string };

// Signs in with the browser's passkey answer (a Credentials provider of its own). Success redirects.
export async function passkeySignInAction(input: Input): Promise<{ ok: false; formError: string }> {
  const locale = asLocale(await getLocale());
  const t = await getTranslations("security.passkeys");
  if (typeof input?.response !== "string" || input.response.length > 20_000)
    return { ok: false, formError: t("signInFailed") };
  try {
    await signIn("passkey", { response: input.response, redirect: false });
  } catch (error) {
    if (!(error instanceof AuthError)) {
      console.error("passkey sign-in failed unexpectedly", error);
      return { ok: false, formError: t("signInFailed") };
    }
    const code = error instanceof CredentialsSignin ? signInCode(error.code) : "invalid";
    const tl = await getTranslations("login.errors");
    return { ok: false, formError: code === "rate_limited" ? tl("rate_limited") : t("signInFailed") };
  }
  await applySessionCookiePolicy();
  const callbackUrl = typeof input.callbackUrl === "string" ? input.callbackUrl.slice(0, 2000) : undefined;
  redirect(landingPath(callbackUrl, brand.baseUrl, locale));
}
