import type { ReactNode } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { FaqSlug } from "@/lib/help/faq-slugs";
import { faqValues } from "@/lib/help/get-faq";
import type { FaqTag } from "@/lib/help/faq-text";

const link = "text-brand-700 hover:text-brand-800 font-medium underline";

/** An FAQ answer rendered from its ICU rich text; the tags that name a page link into the product. */
export async function FaqAnswer({ slug }: { slug: FaqSlug }) {
  const locale = await getLocale();
  const t = await getTranslations("help");
  const values = faqValues();
  const to = (href: string) => {
    const Tag = (chunks: ReactNode) => (
      <Link href={href} locale={locale} className={link}>
        {chunks}
      </Link>
    );
    return Tag;
  };
  const tags: Record<FaqTag, (chunks: ReactNode) => ReactNode> = {
    p: (chunks) => <p>{chunks}</p>,
    ul: (chunks) => <ul className="list-disc space-y-1.5 pl-5">{chunks}</ul>,
    li: (chunks) => <li>{chunks}</li>,
    b: (chunks) => <strong className="font-semibold text-slate-900">{chunks}</strong>,
    support: (chunks) => (
      <a href={`mailto:${values.supportEmail}`} className={link}>
        {chunks}
      </a>
    ),
    forgot: to("/forgot-password"),
    register: to("/register"),
    login: to("/login"),
    account: to("/account"),
    portal: to("/"),
    "help-forgot": to("/help/forgot-password"),
  };
  return (
    <div className="space-y-3 leading-relaxed text-slate-700">
      {t.rich(`entries.${slug}.answer`, { ...values, ...tags })}
    </div>
  );
}
