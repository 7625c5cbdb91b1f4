import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { FaqSlug } from "@/lib/help/faq-slugs";

/**
 * "Help: <question>" — links a place where users get stuck to the FAQ entry about it (its own page,
 * /<locale>/help/<slug>). The visible text is the accessible name, so screen readers hear the question.
 */
export async function HelpLink({ slug, className = "" }: { slug: FaqSlug; className?: string }) {
  const t = await getTranslations("help");
  return (
    <Link
      href={`/help/${slug}`}
      className={`text-brand-700 hover:text-brand-800 inline-flex items-start gap-1.5 text-sm font-medium underline underline-offset-2 ${className}`}
    >
      <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className="mt-0.5 size-4 shrink-0">
        <path
          fillRule="evenodd"
          d="M18 10a8 8 0 1 1-16 0 8 8 0 0 1 16 0ZM8.94 6.94a1.5 1.5 0 1 1 2.12 2.12c-.36.36-.78.6-1.13.84-.36.25-.68.55-.68 1.1v.25a.75.75 0 0 0 1.5 0v-.1c.06-.08.2-.2.47-.38l.06-.04c.34-.23.8-.55 1.17-.92a3 3 0 1 0-5.02-2.93.75.75 0 0 0 1.42.48c.07-.2.2-.37.33-.5ZM10 15a1 1 0 1 0 0-2 1 1 0 0 0 0 2Z"
          clipRule="evenodd"
        />
      </svg>
      <span>{t("relatedHelp", { question: t(`entries.${slug}.question`) })}</span>
    </Link>
  );
}
