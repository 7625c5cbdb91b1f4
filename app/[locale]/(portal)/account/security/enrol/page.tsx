import type { Metadata } from "next";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { asLocale } from "@/lib/i18n/routing";
import { Link } from "@/lib/i18n/navigation";
import { brand } from "@/lib/config";
import { requireUser } from "@/lib/dal/session";
import { pendingTotpEnrolment } from "@/lib/security/totp";
import { Alert } from "@/components/ui/alert";
import { HelpLink } from "@/components/help/help-link";
import { TotpEnrolForm } from "@/components/security/totp-enrol-form";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: asLocale((await params).locale), namespace: "security.enrol" });
  return { title: t("metaTitle") };
}

// Setting up an authenticator app: QR code and key, confirmed by one valid code. Staff without a
// second factor are sent here from every other page (requireUser).
export default async function EnrolPage({ params, searchParams }: Props) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const user = await requireUser({ returnTo: "/account/security/enrol", allowMissingSecondFactor: true });
  const required = !!(await searchParams).required;
  const t = await getTranslations("security");
  const validation = (await getMessages()).validation as Record<string, string>;
  const enrolment = await pendingTotpEnrolment(user.id, user.username);

  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <h1 className="text-2xl font-semibold text-slate-900">{t("enrol.title")}</h1>
      {required && <Alert tone="warning">{t("required")}</Alert>}
      {!enrolment ? (
        <div className="space-y-4">
          <Alert tone="info">{t("enrol.already")}</Alert>
          <Link href="/account" className="text-brand-700 font-medium underline">
            {t("enrol.backToAccount")}
          </Link>
        </div>
      ) : (
        <div className="space-y-6 rounded-xl border border-slate-200 bg-white p-6">
          <p className="text-slate-800">{t("enrol.step1")}</p>
          <div
            role="img"
            aria-label={t("enrol.qrLabel")}
            className="size-52 [&>svg]:size-full"
            dangerouslySetInnerHTML={{ __html: enrolment.qrSvg }}
          />
          <div className="space-y-1">
            <p className="text-sm text-slate-700" id="totp-key-label">
              {t("enrol.keyLabel")}
            </p>
            <p
              aria-labelledby="totp-key-label"
              className="font-mono text-lg tracking-wider break-all text-slate-900"
            >
              {enrolment.secret.match(/.{1,4}/g)?.join(" ")}
            </p>
          </div>
          <p className="text-slate-800">{t("enrol.step2")}</p>
          <TotpEnrolForm
            labels={{
              code: t("enrol.code"),
              submit: t("enrol.submit"),
              submitting: t("enrol.submitting"),
              doneTitle: t("enrol.doneTitle"),
              done: t("enrol.done"),
              continue: t("enrol.continue"),
            }}
            codesLabels={{
              shownOnce: t("recovery.shownOnce"),
              listLabel: t("recovery.listLabel"),
              download: t("recovery.download"),
              fileHeading: t("recovery.fileHeading", {
                portalName: brand.portalName,
                username: user.username,
              }),
            }}
            validation={validation}
            continueHref={`/${locale}/account#security`}
          />
        </div>
      )}
      <HelpLink slug="authenticator-app" />
    </div>
  );
}
