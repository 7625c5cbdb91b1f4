import type { Metadata } from "next";
import { getFormatter, getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { asLocale } from "@/lib/i18n/routing";
import { Link } from "@/lib/i18n/navigation";
import { brand } from "@/lib/config";
import { db } from "@/lib/db";
import { lookupToken } from "@/lib/tokens";
import { resetTtlMinutes } from "@/lib/auth/password-reset";
import { AuthCard } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { HelpLink } from "@/components/help/help-link";
import { PasswordForm } from "@/components/auth/password-form";
import { supportLink } from "@/components/auth/support-link";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: asLocale((await params).locale), namespace: "resetPassword" });
  // The token is in the address: never send it on as a Referer (the header is also set in next.config).
  return { title: t("metaTitle"), referrer: "no-referrer", robots: { index: false } };
}

const buttonLink =
  "bg-brand-600 hover:bg-brand-700 inline-flex rounded-md px-4 py-2 text-sm font-semibold text-white";

export default async function ResetPasswordPage({ params, searchParams }: Props) {
  setRequestLocale(asLocale((await params).locale));
  const t = await getTranslations("resetPassword");
  const token = (await searchParams).token;
  const found = await lookupToken(token, "PASSWORD_RESET");

  const requestNew = (
    <Link href="/forgot-password" className={buttonLink}>
      {t("requestNew")}
    </Link>
  );

  if (found.state !== "valid") {
    const text =
      found.state === "used"
        ? t.rich("used.text", { supportEmail: brand.supportEmail, support: supportLink })
        : t(`${found.state}.text`, { minutes: resetTtlMinutes() });
    return (
      <AuthCard title={t(`${found.state}.title`)}>
        <div className="space-y-5">
          <p className="text-slate-700">{text}</p>
          {requestNew}
          <div>
            <HelpLink slug="reset-link-broken" />
          </div>
        </div>
      </AuthCard>
    );
  }

  const user = await db.user.findUniqueOrThrow({
    where: { id: found.userId },
    select: { email: true, username: true },
  });
  const format = await getFormatter();
  const validUntil = `${format.dateTime(found.expiresAt, { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" })} UTC`;
  const validation = (await getMessages()).validation as Record<string, string>;

  return (
    <AuthCard
      title={t("title")}
      intro={
        <>
          <p>{t("intro", { email: user.email })}</p>
          <p className="mt-1 text-sm">{t("validUntil", { time: validUntil })}</p>
        </>
      }
    >
      <PasswordForm
        mode="reset"
        token={token as string}
        username={user.username}
        labels={{
          password: t("password"),
          passwordHint: t("passwordHint"),
          confirm: t("confirm"),
          submit: t("submit"),
          submitting: t("submitting"),
        }}
        validation={validation}
        donePanel={
          <Alert tone="success" title={t("doneTitle")} live>
            <p>{t("doneText")}</p>
            <Link href="/login?reset=1" className="mt-3 inline-block font-semibold underline">
              {t("signIn")}
            </Link>
          </Alert>
        }
        requestNewLink={<div className="mt-3">{requestNew}</div>}
      />
    </AuthCard>
  );
}
