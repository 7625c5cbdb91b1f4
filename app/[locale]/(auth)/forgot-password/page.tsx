import type { Metadata } from "next";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { asLocale } from "@/lib/i18n/routing";
import { Link } from "@/lib/i18n/navigation";
import { brand } from "@/lib/config";
import { resetTtlMinutes } from "@/lib/auth/password-reset";
import { AuthCard } from "@/components/ui/card";
import { HelpLink } from "@/components/help/help-link";
import { ForgotPasswordForm } from "@/components/auth/forgot-password-form";
import { supportLink } from "@/components/auth/support-link";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: asLocale((await params).locale), namespace: "forgotPassword" });
  return { title: t("metaTitle") };
}

export default async function ForgotPasswordPage({ params }: Props) {
  setRequestLocale(asLocale((await params).locale));
  const t = await getTranslations("forgotPassword");
  const validation = (await getMessages()).validation as Record<string, string>;

  return (
    <AuthCard title={t("title")} intro={t("intro")}>
      <div className="space-y-5">
        <ForgotPasswordForm
          labels={{
            email: t("email"),
            submit: t("submit"),
            submitting: t("submitting"),
            sentTitle: t("sentTitle"),
          }}
          // "{email}" stays a placeholder: the form fills in what was typed.
          sentText={t("sentText", { email: "{email}", minutes: resetTtlMinutes() })}
          sentMore={
            <>
              <p>{t("spam")}</p>
              <p>{t.rich("notReceived", { supportEmail: brand.supportEmail, support: supportLink })}</p>
              <HelpLink slug="no-reset-email" />
            </>
          }
          validation={validation}
        />
        <p className="border-t border-slate-200 pt-5 text-center text-sm">
          <Link href="/login" className="text-brand-700 font-medium underline">
            {t("backToLogin")}
          </Link>
        </p>
      </div>
    </AuthCard>
  );
}
