import { getTranslations } from "next-intl/server";
import type { FaqSectionData } from "@/lib/help/get-faq";

/** The numbered list of questions, as at the top of the printed FAQ; links to the anchors below. */
export async function FaqToc({ sections }: { sections: FaqSectionData[] }) {
  const t = await getTranslations("help");
  return (
    <nav aria-labelledby="faq-toc" className="rounded-xl border border-slate-200 bg-white p-5 text-sm">
      <h2 id="faq-toc" className="font-semibold tracking-wide text-slate-500 uppercase">
        {t("toc")}
      </h2>
      <ol className="mt-3 space-y-4">
        {sections.map((section) => (
          <li key={section.id}>
            <a href={`#${section.id}`} className="hover:text-brand-700 font-semibold text-slate-900">
              {section.number}. {section.title}
            </a>
            <ol className="mt-2 space-y-1.5">
              {section.entries.map((entry) => (
                <li key={entry.slug} className="flex gap-2">
                  <span className="w-7 shrink-0 text-slate-500 tabular-nums">{entry.number}</span>
                  <a href={`#${entry.slug}`} className="text-brand-700 hover:text-brand-800 hover:underline">
                    {entry.question}
                  </a>
                </li>
              ))}
            </ol>
          </li>
        ))}
      </ol>
    </nav>
  );
}
