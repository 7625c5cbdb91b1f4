import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { asLocale } from "@/lib/i18n/routing";
import { SET_PASSWORD_TTL_HOURS } from "@/lib/ops/create-admin";
import { LinkPasswordPage } from "@/components/auth/link-password-page";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: asLocale((await params).locale), namespace: "setPassword" });
  // The token is in the address: never send it on as a Referer.
  return { title: t("metaTitle"), referrer: "no-referrer", robots: { index: false } };
}

// The link `npm run admin:create` e-mails (lib/ops/create-admin.ts, SET_PASSWORD_PATH).
export default async function SetPasswordPage({ params, searchParams }: Props) {
  setRequestLocale(asLocale((await params).locale));
  return (
    <LinkPasswordPage
      namespace="setPassword"
      purpose="SET_PASSWORD"
      mode="set"
      token={(await searchParams).token}
      lifetime={{ hours: SET_PASSWORD_TTL_HOURS }}
      signInHref="/login"
    />
  );
}
