import type { FaqSectionData } from "@/lib/help/get-faq";
import { FaqEntryCard } from "./faq-entry-card";

/** Every FAQ entry, by section, fully expanded (readable and printable without JavaScript). */
export function FaqList({ sections }: { sections: FaqSectionData[] }) {
  return (
    <div className="space-y-10">
      {sections.map((section) => (
        <section
          key={section.id}
          id={section.id}
          aria-labelledby={`${section.id}-title`}
          className="scroll-mt-6"
        >
          <h2 id={`${section.id}-title`} className="text-2xl font-semibold text-slate-900">
            {section.number}. {section.title}
          </h2>
          <div className="mt-4 space-y-4 print:space-y-6">
            {section.entries.map((entry) => (
              <FaqEntryCard key={entry.slug} entry={entry} />
            ))}
          </div>
        </section>
      ))}
    </div>
  );
}
