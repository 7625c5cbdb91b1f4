import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { asLocale } from "@/lib/i18n/routing";
import { localeAlternates } from "@/lib/i18n/alternates";
import { Link } from "@/lib/i18n/navigation";
import { brand } from "@/lib/config";
import { getCurrentUser } from "@/lib/dal/session";
import { landingPath, secondStepPath } from "@/lib/auth/callback-url";
import { signInCode } from "@/lib/auth/sign-in-failure";
import { AuthCard } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { HelpLink } from "@/components/help/help-link";
import { LoginForm } from "@/components/auth/login-form";
import { PasskeySignIn } from "@/components/security/passkey-sign-in";
import { signInNotices } from "@/components/auth/sign-in-notices";
import { ResendSectionWhenOpened } from "@/components/registration/resend-section-when-opened";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = asLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "login" });
  return { title: t("metaTitle"), alternates: localeAlternates(locale, "/login") };
}

const NOTICES = new Set<string>(["pending_email", "pending_review", "contact_support"]);
const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);

export default async function LoginPage({ params, searchParams }: Props) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const query = await searchParams;
  const callbackUrl = one(query.callbackUrl);
  // ?again=1: the session was just ended for a new sign-in with the second step (lib/dal/session.ts);
  // another instance may still hold it in its short cache, so do not send the browser back.
  const again = !!one(query.again);
  if (!again && (await getCurrentUser())) redirect(landingPath(callbackUrl, brand.baseUrl, locale));

  const t = await getTranslations("login");
  const tp = await getTranslations("security.passkeys");
  const validation = (await getMessages()).validation as Record<string, string>;
  const notices = await signInNotices();
  // Auth.js's own endpoint reports failures as ?error=CredentialsSignin&code=…
  const code = one(query.error) ? signInCode(one(query.code)) : undefined;
  if (code === "second_factor") redirect(secondStepPath(locale, callbackUrl));
  const routeError =
    code === "rate_limited"
      ? t("errors.rate_limited")
      : code && !NOTICES.has(code)
        ? t("errors.invalid")
        : undefined;
  const routeNotice = code && !routeError ? notices[code as keyof typeof notices] : undefined;
  const info = again
    ? t("signInAgainWithSecondStep")
    : one(query.signedOut)
      ? t("signedOut")
      : one(query.reset)
        ? t("passwordReset")
        : callbackUrl
          ? t("signInToContinue")
          : undefined;

  return (
    <div className="space-y-6">
      <AuthCard title={t("title")} intro={t("intro")}>
        <div className="space-y-5">
          {info && !code && <Alert tone={one(query.reset) ? "success" : "info"}>{info}</Alert>}
          {routeNotice}
          <LoginForm
            labels={{
              identifier: t("identifier"),
              identifierHint: t("identifierHint"),
              password: t("password"),
              remember: t("remember"),
              rememberHint: t("rememberHint"),
              submit: t("submit"),
              submitting: t("submitting"),
            }}
            validation={validation}
            notices={notices}
            callbackUrl={callbackUrl}
            initialError={routeError}
          />
          <p className="text-center text-sm text-slate-500">{tp("or")}</p>
          <PasskeySignIn
            labels={{ signIn: tp("signIn"), signingIn: tp("signingIn"), failed: tp("signInFailed") }}
            callbackUrl={callbackUrl}
            autofill
          />
          <p className="text-center text-sm">
            <Link href="/forgot-password" className="text-brand-700 font-medium underline">
              {t("forgotPassword")}
            </Link>
          </p>
          <p className="border-t border-slate-200 pt-5 text-center text-sm text-slate-600">
            {t("noAccount")}{" "}
            <Link href="/register" className="text-brand-700 font-medium underline">
              {t("register")}
            </Link>
          </p>
        </div>
      </AuthCard>
      <section aria-labelledby="login-help" className="mx-auto w-full max-w-lg space-y-2 px-1">
        <h2 id="login-help" className="text-sm font-semibold text-slate-800">
          {t("helpTitle")}
        </h2>
        <ul className="space-y-1">
          <li>
            <HelpLink slug="forgot-username" />
          </li>
          <li>
            <HelpLink slug="stay-signed-in" />
          </li>
        </ul>
        {/* FAQ 1.6: a new confirmation link, without leaving the sign-in page. */}
        <details className="group rounded-lg border border-slate-200 bg-white p-4">
          <summary className="cursor-pointer text-sm font-medium text-slate-800">{t("resendTitle")}</summary>
          <div className="mt-4 space-y-3">
            <ResendSectionWhenOpened />
            <HelpLink slug="no-confirmation-email" />
          </div>
        </details>
      </section>
    </div>
  );
}
