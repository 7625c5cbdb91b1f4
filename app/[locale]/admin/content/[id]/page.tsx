import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { asLocale } from "@/lib/i18n/routing";
import { requireStaff } from "@/lib/dal/staff-access";
import { ContentFormPage } from "@/components/admin-content/content-form-page";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: asLocale((await params).locale), namespace: "content.admin" });
  return { title: t("editTitle"), robots: { index: false } };
}

export default async function EditContentPage({ params }: Props) {
  const { locale: raw, id } = await params;
  const locale = asLocale(raw);
  setRequestLocale(locale);
  await requireStaff();
  const page = await ContentFormPage({ locale, id: id.slice(0, 64) });
  if (!page) notFound();
  return page;
}
