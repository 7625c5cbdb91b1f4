import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { asLocale } from "@/lib/i18n/routing";
import { AuthCard } from "@/components/ui/card";
import { HelpLink } from "@/components/help/help-link";
import { ResendSection } from "@/components/registration/resend-section";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({
    locale: asLocale((await params).locale),
    namespace: "verifyEmail.resend",
  });
  return { title: t("metaTitle") };
}

export default async function ResendConfirmationPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(asLocale(locale));
  const t = await getTranslations("verifyEmail.resend");
  return (
    <AuthCard title={t("title")} intro={t("intro")}>
      <div className="space-y-6">
        <ResendSection />
        <HelpLink slug="no-confirmation-email" />
      </div>
    </AuthCard>
  );
}
