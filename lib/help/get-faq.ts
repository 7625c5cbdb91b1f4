import "server-only";
import { getTranslations } from "next-intl/server";
import { brand } from "@/lib/config";
import type { Locale } from "@/lib/i18n/routing";
import { FAQ_SECTION_IDS, FAQ_SECTIONS, faqPosition, type FaqSection, type FaqSlug } from "./faq-slugs";
import { answerBlocks, type FaqValues } from "./faq-text";
import type { SearchEntry } from "./search";

export type FaqEntry = SearchEntry & { slug: FaqSlug; section: FaqSection };
export type FaqSectionData = { id: FaqSection; number: string; title: string; entries: FaqEntry[] };

export function faqValues(): FaqValues {
  return { company: brand.company, portalName: brand.portalName, supportEmail: brand.supportEmail };
}

/** One entry's question and plain-text answer (the page renders the rich answer itself). */
export async function getFaqEntry(locale: Locale, slug: FaqSlug): Promise<FaqEntry> {
  const t = await getTranslations({ locale, namespace: "help" });
  const { section, number } = faqPosition(slug);
  return {
    slug,
    section,
    number,
    question: t(`entries.${slug}.question`),
    blocks: answerBlocks(t.markup, slug, faqValues()),
  };
}

/** The whole FAQ in the seeds' order, by section. */
export async function getFaq(locale: Locale): Promise<FaqSectionData[]> {
  const t = await getTranslations({ locale, namespace: "help" });
  return Promise.all(
    FAQ_SECTION_IDS.map(async (id, i) => ({
      id,
      number: String(i + 1),
      title: t(`sections.${id}`),
      entries: await Promise.all(FAQ_SECTIONS[id].map((slug) => getFaqEntry(locale, slug))),
    })),
  );
}

/** The public path of an entry's own page, without the locale prefix. */
export function faqEntryPath(slug: FaqSlug) {
  return `/help/${slug}`;
}
