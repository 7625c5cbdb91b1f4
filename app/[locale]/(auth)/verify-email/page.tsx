import type { ReactNode } from "react";
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { asLocale } from "@/lib/i18n/routing";
import { Link } from "@/lib/i18n/navigation";
import { brand } from "@/lib/config";
import { clientIp } from "@/lib/request-info";
import { confirmEmail } from "@/lib/registration/confirm-email";
import { AuthCard } from "@/components/ui/card";
import { HelpLink } from "@/components/help/help-link";
import { AccountState } from "@/components/registration/account-state";
import { LegacyFound } from "@/components/migration/legacy-found";
import { legacyPendingForUsername } from "@/lib/migration/legacy-profile";
import { ResendSection } from "@/components/registration/resend-section";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ token?: string | string[] }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: asLocale((await params).locale), namespace: "verifyEmail" });
  return { title: t("metaTitle"), robots: { index: false } };
}

// Opening the link from the e-mail confirms the address. A second visit (or a mail scanner that
// opened it first) shows "already confirmed" with the account's state, never an error.
export default async function VerifyEmailPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(asLocale(locale));
  const t = await getTranslations("verifyEmail");
  const { token } = await searchParams;
  const result = await confirmEmail(typeof token === "string" ? token : undefined, { ip: await clientIp() });

  if (result.state === "confirmed" || result.state === "already") {
    const legacy =
      result.status === "ACTIVE" &&
      (result.reason === "legacy_account" || (await legacyPendingForUsername(result.username)));
    return (
      <AuthCard
        title={result.state === "confirmed" ? t("confirmedTitle") : t("alreadyTitle")}
        intro={result.state === "already" ? t("alreadyText") : undefined}
      >
        {legacy ? (
          <LegacyFound username={result.username} locale={locale} />
        ) : (
          <AccountState status={result.status} username={result.username} reason={result.reason} />
        )}
      </AuthCard>
    );
  }
  if (result.state === "expired") {
    return (
      <AuthCard title={t("expiredTitle")} intro={t("expiredText")}>
        <div className="space-y-6">
          <ResendSection />
          <HelpLink slug="confirmation-link-broken" />
        </div>
      </AuthCard>
    );
  }
  const support = (chunks: ReactNode) => (
    <a className="text-brand-700 underline" href={`mailto:${brand.supportEmail}`}>
      {chunks}
    </a>
  );
  return (
    <AuthCard title={t("unknownTitle")} intro={t("unknownText")}>
      <div className="space-y-4 text-slate-700">
        <p>
          {t.rich("unknownRemoved", {
            register: (chunks) => (
              <Link href="/register" className="text-brand-700 underline">
                {chunks}
              </Link>
            ),
          })}
        </p>
        <p>{t.rich("unknownSupport", { supportEmail: brand.supportEmail, support })}</p>
        <HelpLink slug="confirmation-link-broken" />
      </div>
    </AuthCard>
  );
}
