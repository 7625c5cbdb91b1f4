import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { absoluteUrl } from "@/lib/config";
import { faqEntryPath, type FaqEntry } from "@/lib/help/get-faq";
import { FaqAnswer } from "./faq-answer";
import { CopyLinkButton } from "./copy-link-button";
import { LinkIcon } from "./icons";

/** One FAQ entry in the list, with its anchor (`#slug`), its own page and a copyable link. */
export async function FaqEntryCard({ entry }: { entry: FaqEntry }) {
  const locale = await getLocale();
  const t = await getTranslations("help");
  const headingId = `${entry.slug}-question`;
  return (
    <article
      id={entry.slug}
      aria-labelledby={headingId}
      className="target:ring-brand-600 scroll-mt-6 rounded-xl border border-slate-200 bg-white p-5 target:ring-2 sm:p-6 print:break-inside-avoid print:border-0 print:p-0"
    >
      <h3 id={headingId} className="flex gap-3 text-lg font-semibold text-slate-900">
        <span className="text-slate-500 tabular-nums">{entry.number}</span> <span>{entry.question}</span>
      </h3>
      <div className="mt-3">
        <FaqAnswer slug={entry.slug} />
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-x-5 gap-y-2 border-t border-slate-100 pt-3 print:hidden">
        <Link
          href={faqEntryPath(entry.slug)}
          aria-describedby={headingId}
          className="text-brand-700 hover:text-brand-800 text-sm font-medium underline-offset-4 hover:underline"
        >
          {t("openEntry")}
        </Link>
        <CopyLinkButton
          url={absoluteUrl(`/${locale}${faqEntryPath(entry.slug)}`)}
          label={t("copyLink")}
          copiedLabel={t("linkCopied")}
          failedLabel={t("copyLinkFailed")}
          describedBy={headingId}
          icon={<LinkIcon />}
        />
      </div>
    </article>
  );
}
