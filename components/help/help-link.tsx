import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { FaqSlug } from "@/lib/help/faq-slugs";

/** "Help: <question>" — links a place where users get stuck to the FAQ entry about it. */
export async function HelpLink({ slug, className = "" }: { slug: FaqSlug; className?: string }) {
  const t = await getTranslations("help");
  return (
    <Link
      href={`/help/${slug}`}
      className={`text-brand-700 hover:text-brand-800 inline-flex items-center gap-1 text-sm font-medium underline ${className}`}
    >
      <span aria-hidden="true">?</span>
      {t("relatedHelp", { question: t(`entries.${slug}.question`) })}
    </Link>
  );
}
