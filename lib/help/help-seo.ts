import "server-only";
import { absoluteUrl } from "@/lib/config";
import type { Locale } from "@/lib/i18n/routing";
import { blocksToText } from "./faq-text";
import type { FaqEntry } from "./get-faq";

/** schema.org FAQPage for the given entries; answers as plain text from the same messages. */
export function faqPageJsonLd({
  locale,
  path,
  name,
  entries,
}: {
  locale: Locale;
  path: string;
  name: string;
  entries: FaqEntry[];
}) {
  return {
    "@context": "https://schema.org",
    "@type": "FAQPage",
    inLanguage: locale,
    name,
    url: absoluteUrl(`/${locale}${path}`),
    mainEntity: entries.map((entry) => ({
      "@type": "Question",
      name: entry.question,
      url: absoluteUrl(`/${locale}/help/${entry.slug}`),
      acceptedAnswer: { "@type": "Answer", text: blocksToText(entry.blocks) },
    })),
  };
}
