import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { HelpLink } from "@/components/help/help-link";

export default async function NotFound() {
  const t = await getTranslations("notFound");
  const th = await getTranslations("help");
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <h1 className="text-3xl font-semibold">{t("title")}</h1>
      <p className="mt-4 text-slate-600">{t("text")}</p>
      <Link href="/" className="text-brand-700 mt-8 inline-block font-medium underline">
        {t("home")}
      </Link>
      {/* Most broken links arrive from e-mails: confirmation and password-reset links. */}
      <section
        aria-labelledby="not-found-help"
        className="mt-12 rounded-xl border border-slate-200 bg-white p-5 text-left"
      >
        <h2 id="not-found-help" className="font-semibold text-slate-900">
          {th("notFoundTitle")}
        </h2>
        <ul className="mt-3 space-y-2">
          <li>
            <HelpLink slug="confirmation-link-broken" />
          </li>
          <li>
            <HelpLink slug="reset-link-broken" />
          </li>
          <li>
            <Link href="/help" className="text-brand-700 hover:text-brand-800 text-sm font-medium underline">
              {th("allTopics")}
            </Link>
          </li>
        </ul>
      </section>
    </div>
  );
}
