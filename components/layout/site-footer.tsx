import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { brand } from "@/lib/config";
import { now } from "@/lib/clock";

export async function SiteFooter() {
  const t = await getTranslations("footer");
  return (
    <footer className="mt-12 border-t border-slate-200 bg-white text-sm text-slate-600">
      <div className="mx-auto flex max-w-6xl flex-col gap-4 px-4 py-6 sm:flex-row sm:items-center sm:justify-between sm:px-6">
        <p>
          <span className="font-medium text-slate-800">{t("contact")}: </span>
          {t.rich("contactText", {
            supportEmail: brand.supportEmail,
            support: (chunks) => (
              <a className="text-brand-700 underline" href={`mailto:${brand.supportEmail}`}>
                {chunks}
              </a>
            ),
          })}
        </p>
        <ul className="flex flex-wrap gap-x-5 gap-y-2">
          <li>
            <Link href="/help" className="hover:text-brand-700">
              {t("help")}
            </Link>
          </li>
          <li>
            <a href={brand.feedbackUrl} className="hover:text-brand-700">
              {t("feedback")}
            </a>
          </li>
          <li>{t("copyright", { year: now().getFullYear(), company: brand.company })}</li>
        </ul>
      </div>
    </footer>
  );
}
