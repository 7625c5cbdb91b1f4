import { getLocale, getTranslations } from "next-intl/server";
import { brand } from "@/lib/config";
import type { FaqSectionData } from "@/lib/help/get-faq";
import { QUERY_MARKER } from "@/lib/help/search";
import { FaqSearch } from "./faq-search";
import { SearchIcon } from "./icons";
import { FaqToc } from "./faq-toc";
import { FaqList } from "./faq-list";

/**
 * The searchable FAQ: search box, table of contents and every entry. Used by /help and meant to be
 * embedded as is wherever staff need the same answers (the support console).
 */
export async function HelpCentre({
  sections,
  initialQuery = "",
}: {
  sections: FaqSectionData[];
  initialQuery?: string;
}) {
  const locale = await getLocale();
  const t = await getTranslations("help");
  const entries = sections.flatMap((s) => s.entries);
  const labels = {
    label: t("searchLabel"),
    placeholder: t("searchPlaceholder"),
    button: t("searchButton"),
    icon: <SearchIcon />,
    noResults: t("noResults", { query: QUERY_MARKER }),
    counts: Array.from({ length: entries.length + 1 }, (_, count) => t("resultsCount", { count })),
  };
  const contact = t.rich("noResultsContact", {
    supportEmail: brand.supportEmail,
    support: (chunks) => (
      <a href={`mailto:${brand.supportEmail}`} className="font-medium underline">
        {chunks}
      </a>
    ),
  });

  return (
    <FaqSearch
      entries={entries.map(({ slug, number, question, blocks }) => ({ slug, number, question, blocks }))}
      initialQuery={initialQuery}
      action={`/${locale}/help`}
      entryBase={`/${locale}/help`}
      labels={labels}
      contact={contact}
    >
      <div className="mt-8 grid gap-8 lg:grid-cols-[18rem_1fr] lg:items-start">
        <div className="lg:sticky lg:top-6 lg:max-h-[calc(100vh-3rem)] lg:overflow-y-auto print:static print:max-h-none">
          <FaqToc sections={sections} />
        </div>
        <FaqList sections={sections} />
      </div>
    </FaqSearch>
  );
}
