import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { asLocale } from "@/lib/i18n/routing";
import { readPendingSignIn } from "@/lib/auth/pending-sign-in";
import { AuthCard } from "@/components/ui/card";
import { HelpLink } from "@/components/help/help-link";
import { SecondStepForm } from "@/components/security/second-step-form";
import { PasskeySignIn } from "@/components/security/passkey-sign-in";
import { db } from "@/lib/db";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({
    locale: asLocale((await params).locale),
    namespace: "security.secondStep",
  });
  return { title: t("metaTitle") };
}

// After a correct password on an account with a second factor. Without a valid pending sign-in
// (expired, used, or none) there is nothing to confirm: back to the sign-in page.
export default async function SecondStepPage({ params, searchParams }: Props) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const raw = (await searchParams).callbackUrl;
  const callbackUrl = typeof raw === "string" ? raw : undefined;
  const pending = await readPendingSignIn();
  if (!pending) redirect(`/${locale}/login`);
  const hasPasskey = (await db.passkey.count({ where: { userId: pending.userId } })) > 0;

  const t = await getTranslations("security.secondStep");
  const tp = await getTranslations("security.passkeys");
  const validation = (await getMessages()).validation as Record<string, string>;
  return (
    <div className="space-y-6">
      <AuthCard title={t("title")} intro={t("intro")}>
        <SecondStepForm
          labels={{
            code: t("code"),
            codeHint: t("codeHint"),
            submit: t("submit"),
            submitting: t("submitting"),
            startOver: t("startOver"),
          }}
          validation={validation}
          loginHref={`/${locale}/login`}
          callbackUrl={callbackUrl}
        />
        {hasPasskey && (
          <div className="mt-5 space-y-3">
            <p className="text-center text-sm text-slate-500">{tp("or")}</p>
            <PasskeySignIn
              labels={{ signIn: tp("signIn"), signingIn: tp("signingIn"), failed: tp("signInFailed") }}
              callbackUrl={callbackUrl}
            />
          </div>
        )}
      </AuthCard>
      <ul className="mx-auto w-full max-w-lg space-y-1 px-1">
        <li>
          <HelpLink slug="lost-second-factor" />
        </li>
        <li>
          <HelpLink slug="recovery-codes" />
        </li>
      </ul>
    </div>
  );
}
