import "server-only";
import type { Metadata } from "next";
import { absoluteUrl } from "@/lib/config";
import { locales, type Locale } from "@/lib/i18n/routing";
import { blocksToText } from "./faq-text";
import type { FaqEntry } from "./get-faq";

/**
 * Canonical and hreflang links of a help page (`path` without the locale), for generateMetadata.
 * x-default is the unprefixed path, which picks the visitor's language (as in next-intl's Link header).
 */
export function helpAlternates(locale: Locale, path: string): Metadata["alternates"] {
  return {
    canonical: `/${locale}${path}`,
    languages: {
      ...Object.fromEntries(locales.map((l) => [l, `/${l}${path}`])),
      "x-default": path,
    },
  };
}

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
