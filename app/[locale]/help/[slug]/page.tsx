import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { asLocale } from "@/lib/i18n/routing";
import { Link } from "@/lib/i18n/navigation";
import { absoluteUrl } from "@/lib/config";
import { FAQ_SECTIONS, isFaqSlug } from "@/lib/help/faq-slugs";
import { faqEntryPath, getFaqEntry } from "@/lib/help/get-faq";
import { summary } from "@/lib/help/faq-text";
import { faqPageJsonLd } from "@/lib/help/help-seo";
import { localeAlternates } from "@/lib/i18n/alternates";
import { FaqAnswer } from "@/components/help/faq-answer";
import { CopyLinkButton } from "@/components/help/copy-link-button";
import { LinkIcon } from "@/components/help/icons";
import { JsonLd } from "@/components/help/json-ld";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: raw, slug } = await params;
  if (!isFaqSlug(slug)) return {};
  const locale = asLocale(raw);
  const t = await getTranslations({ locale, namespace: "help" });
  const entry = await getFaqEntry(locale, slug);
  return {
    title: t("entryTitle", { question: entry.question }),
    description: summary(entry.blocks),
    alternates: localeAlternates(locale, faqEntryPath(slug)),
  };
}

export default async function HelpEntryPage({ params }: Props) {
  const { locale: raw, slug } = await params;
  if (!isFaqSlug(slug)) notFound();
  const locale = asLocale(raw);
  setRequestLocale(locale);
  const t = await getTranslations("help");
  const entry = await getFaqEntry(locale, slug);
  const sectionTitle = t(`sections.${entry.section}`);
  const others = FAQ_SECTIONS[entry.section].filter((s) => s !== slug);
  const siblings = await Promise.all(others.map((s) => getFaqEntry(locale, s)));

  return (
    <div className="mx-auto max-w-3xl">
      <JsonLd
        data={faqPageJsonLd({ locale, path: faqEntryPath(slug), name: entry.question, entries: [entry] })}
      />
      <nav aria-label={t("breadcrumb")} className="text-sm print:hidden">
        <ol className="flex flex-wrap items-center gap-2 text-slate-600">
          <li>
            <Link href="/help" className="text-brand-700 hover:text-brand-800 underline">
              {t("title")}
            </Link>
          </li>
          <li aria-hidden="true">›</li>
          <li>
            <Link href={`/help#${entry.section}`} className="text-brand-700 hover:text-brand-800 underline">
              {sectionTitle}
            </Link>
          </li>
        </ol>
      </nav>

      <article aria-labelledby="entry-question" className="mt-6">
        <p className="text-sm font-medium text-slate-500">
          <span className="tabular-nums">{entry.number}</span> · {sectionTitle}
        </p>
        <h1 id="entry-question" className="mt-1 text-3xl font-semibold text-slate-900">
          {entry.question}
        </h1>
        <div className="mt-5 text-lg">
          <FaqAnswer slug={slug} />
        </div>
        <div className="mt-6 flex flex-wrap items-center gap-x-6 gap-y-3 border-t border-slate-200 pt-4 print:hidden">
          <CopyLinkButton
            url={absoluteUrl(`/${locale}${faqEntryPath(slug)}`)}
            label={t("copyLink")}
            copiedLabel={t("linkCopied")}
            failedLabel={t("copyLinkFailed")}
            icon={<LinkIcon />}
          />
          <Link
            href={`/help#${slug}`}
            className="text-brand-700 hover:text-brand-800 text-sm font-medium underline-offset-4 hover:underline"
          >
            {t("backToHelp")}
          </Link>
        </div>
      </article>

      <aside aria-labelledby="more-questions" className="mt-12 rounded-xl bg-slate-100 p-5 print:hidden">
        <h2 id="more-questions" className="font-semibold text-slate-900">
          {t("moreInSection", { section: sectionTitle })}
        </h2>
        <ul className="mt-3 space-y-2">
          {siblings.map((s) => (
            <li key={s.slug} className="flex gap-2">
              <span className="w-7 shrink-0 text-sm leading-6 text-slate-600 tabular-nums">{s.number}</span>
              <Link
                href={faqEntryPath(s.slug)}
                className="text-brand-700 hover:text-brand-800 hover:underline"
              >
                {s.question}
              </Link>
            </li>
          ))}
        </ul>
      </aside>
    </div>
  );
}
