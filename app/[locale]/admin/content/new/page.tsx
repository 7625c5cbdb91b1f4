import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { asLocale } from "@/lib/i18n/routing";
import { requireStaff } from "@/lib/dal/staff-access";
import { ContentFormPage } from "@/components/admin-content/content-form-page";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: asLocale((await params).locale), namespace: "content.admin" });
  return { title: t("newTitle"), robots: { index: false } };
}

export default async function NewContentPage({ params }: Props) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  await requireStaff();
  return <ContentFormPage locale={locale} />;
}
