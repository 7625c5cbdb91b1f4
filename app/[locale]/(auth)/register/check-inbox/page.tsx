import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { asLocale } from "@/lib/i18n/routing";
import { AuthCard } from "@/components/ui/card";
import { HelpLink } from "@/components/help/help-link";
import { ResendSection } from "@/components/registration/resend-section";
import { SentToNotice } from "@/components/registration/sent-to-notice";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({
    locale: asLocale((await params).locale),
    namespace: "register.checkInbox",
  });
  return { title: t("metaTitle"), robots: { index: false } };
}

const NEXT_STEPS = ["confirm", "activate", "review"] as const;

// Shown after every submission, whether the address was new or already had an account: the
// e-mail, not this page, tells the two apart.
export default async function CheckInboxPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(asLocale(locale));
  const t = await getTranslations("register.checkInbox");
  const [before = "", after = ""] = (t.raw("sentTo") as string).split(/<b>\{email\}<\/b>/);

  return (
    <AuthCard title={t("title")}>
      <div className="space-y-6 text-slate-700">
        <div className="space-y-2">
          <SentToNotice before={before} after={after} fallback={t("sentToUnknown")} />
          <p>{t("text")}</p>
          <p>{t("existing")}</p>
        </div>
        <section aria-labelledby="next-steps">
          <h2 id="next-steps" className="text-lg font-semibold text-slate-900">
            {t("nextTitle")}
          </h2>
          <ol className="mt-2 list-decimal space-y-1 pl-5">
            {NEXT_STEPS.map((key) => (
              <li key={key}>{t(`next.${key}`)}</li>
            ))}
          </ol>
        </section>
        <section aria-labelledby="no-mail" className="space-y-3 border-t border-slate-200 pt-6">
          <h2 id="no-mail" className="text-lg font-semibold text-slate-900">
            {t("noMailTitle")}
          </h2>
          <p>{t("noMailText")}</p>
          <ResendSection prefillFromRegistration />
          <HelpLink slug="no-confirmation-email" />
        </section>
      </div>
    </AuthCard>
  );
}
