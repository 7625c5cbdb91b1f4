import type { Metadata } from "next";
import type { ReactNode } from "react";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { asLocale } from "@/lib/i18n/routing";
import { requireUser } from "@/lib/dal/session";
import { signOutEverywhereAction } from "@/lib/actions/sign-out-everywhere-action";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { PasswordForm } from "@/components/auth/password-form";
import { SecuritySection } from "@/components/security/security-section";
import { ProfileSection } from "@/components/account/profile-section";
import { DevicesSection } from "@/components/account/devices-section";
import { InterestsSection } from "@/components/account/interests-section";
import { EmailChangeSection } from "@/components/account/email-change-section";
import { DataSection } from "@/components/account/data-section";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: asLocale((await params).locale), namespace: "account" });
  return { title: t("metaTitle") };
}

function Section({
  id,
  title,
  intro,
  children,
}: {
  id: string;
  title: string;
  intro?: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="rounded-xl border border-slate-200 bg-white p-6">
      <h2 id={id} className="text-lg font-semibold text-slate-900">
        {title}
      </h2>
      {intro && <p className="mt-1 text-sm text-slate-600">{intro}</p>}
      <div className="mt-4">{children}</div>
    </section>
  );
}

// Sections of the account page; profile, devices and more are added by their own features.
export default async function AccountPage({ params, searchParams }: Props) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const user = await requireUser({ returnTo: "/account" });
  const t = await getTranslations("account");
  const tp = await getTranslations("changePassword");
  const validation = (await getMessages()).validation as Record<string, string>;
  const query = await searchParams;
  const passwordChanged = !!query.passwordChanged;

  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <h1 className="text-2xl font-semibold text-slate-900">{t("title")}</h1>

      <Section id="sign-in-details" title={t("signInDetails")} intro={t("usernameHint")}>
        <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[max-content_1fr]">
          <dt className="text-sm font-medium text-slate-600">{t("username")}</dt>
          <dd className="font-mono text-slate-900">{user.username}</dd>
          <dt className="text-sm font-medium text-slate-600">{t("email")}</dt>
          <dd className="break-all text-slate-900">{user.email}</dd>
        </dl>
      </Section>

      <ProfileSection userId={user.id} locale={locale} />
      <DevicesSection userId={user.id} removed={!!query.deviceRemoved} />
      <InterestsSection userId={user.id} locale={locale} />
      <EmailChangeSection />

      <Section id="change-password" title={tp("title")} intro={tp("intro")}>
        <div className="max-w-md space-y-5">
          {passwordChanged && (
            <Alert tone="success" live>
              {tp("done")}
            </Alert>
          )}
          <PasswordForm
            mode="change"
            username={user.username}
            labels={{
              current: tp("current"),
              password: tp("password"),
              passwordHint: tp("passwordHint"),
              confirm: tp("confirm"),
              submit: tp("submit"),
              submitting: tp("submitting"),
            }}
            validation={validation}
          />
        </div>
      </Section>

      <SecuritySection
        user={user}
        flags={{
          totpRemoved: !!query.totpRemoved,
          sessionEnded: !!query.sessionEnded,
          othersEnded: !!query.othersEnded,
          passkeyAdded: !!query.passkeyAdded,
          passkeyRemoved: !!query.passkeyRemoved,
        }}
      />

      <Section id="sessions" title={t("sessionsTitle")} intro={t("sessionsText")}>
        <form action={signOutEverywhereAction}>
          <Button type="submit" variant="secondary">
            {t("signOutEverywhere")}
          </Button>
        </form>
      </Section>

      <DataSection />
    </div>
  );
}
