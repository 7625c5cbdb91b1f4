import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { asLocale } from "@/lib/i18n/routing";
import { AuthCard } from "@/components/ui/card";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: asLocale((await params).locale), namespace: "account.delete" });
  return { title: t("doneTitle"), robots: { index: false } };
}

export default async function AccountDeletedPage({ params }: Props) {
  setRequestLocale(asLocale((await params).locale));
  const t = await getTranslations("account.delete");
  return (
    <AuthCard title={t("doneTitle")} intro={t("doneText")}>
      {null}
    </AuthCard>
  );
}
