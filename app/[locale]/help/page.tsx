import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { asLocale } from "@/lib/i18n/routing";
import { getFaq } from "@/lib/help/get-faq";
import { faqPageJsonLd } from "@/lib/help/help-seo";
import { localeAlternates } from "@/lib/i18n/alternates";
import { HelpCentre } from "@/components/help/help-centre";
import { JsonLd } from "@/components/help/json-ld";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ q?: string | string[] }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = asLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "help" });
  return {
    title: t("title"),
    description: t("metaDescription"),
    alternates: localeAlternates(locale, "/help"),
  };
}

export default async function HelpPage({ params, searchParams }: Props) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const t = await getTranslations("help");
  const sections = await getFaq(locale);
  // ?q= is the search without JavaScript; the client takes over from the same query.
  const q = (await searchParams).q;
  const initialQuery = (Array.isArray(q) ? q[0] : q)?.slice(0, 200) ?? "";

  return (
    <>
      <JsonLd
        data={faqPageJsonLd({
          locale,
          path: "/help",
          name: t("title"),
          entries: sections.flatMap((s) => s.entries),
        })}
      />
      <header className="mb-6 max-w-3xl">
        <h1 className="text-3xl font-semibold text-slate-900">{t("title")}</h1>
        <p className="mt-2 text-slate-600">{t("intro")}</p>
      </header>
      <HelpCentre sections={sections} initialQuery={initialQuery} />
    </>
  );
}
