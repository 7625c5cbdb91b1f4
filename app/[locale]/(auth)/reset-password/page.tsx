import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { asLocale } from "@/lib/i18n/routing";
import { resetTtlMinutes } from "@/lib/auth/password-reset";
import { LinkPasswordPage } from "@/components/auth/link-password-page";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: asLocale((await params).locale), namespace: "resetPassword" });
  // The token is in the address: never send it on as a Referer (the header is also set in next.config).
  return { title: t("metaTitle"), referrer: "no-referrer", robots: { index: false } };
}

export default async function ResetPasswordPage({ params, searchParams }: Props) {
  setRequestLocale(asLocale((await params).locale));
  return (
    <LinkPasswordPage
      namespace="resetPassword"
      purpose="PASSWORD_RESET"
      mode="reset"
      token={(await searchParams).token}
      lifetime={{ minutes: resetTtlMinutes() }}
      signInHref="/login?reset=1"
    />
  );
}
