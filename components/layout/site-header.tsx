import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { routing, type Locale } from "@/lib/i18n/routing";
import { brand } from "@/lib/config";
import { LanguageSwitcher } from "./language-switcher";
import { HeaderAccount } from "./header-account";

export async function SiteHeader({ locale }: { locale: Locale }) {
  const t = await getTranslations("nav");
  const tl = await getTranslations("language");
  const languages = routing.locales.map((code) => ({ code, label: tl(code) }));

  return (
    <header className="border-b border-slate-200 bg-white">
      <a
        href="#content"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        {t("skipToContent")}
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-3 px-4 py-3 sm:px-6">
        <Link href="/" className="text-brand-800 flex items-center gap-2 text-lg font-semibold">
          <span
            aria-hidden="true"
            className="bg-brand-600 grid size-8 place-items-center rounded-md text-sm text-white"
          >
            {brand.portalName.slice(0, 1)}
          </span>
          {brand.portalName}
        </Link>
        <nav aria-label={t("main")} className="flex flex-wrap items-center gap-x-5 gap-y-2 text-sm">
          <Link href="/help" className="hover:text-brand-700 text-slate-700">
            {t("help")}
          </Link>
          <HeaderAccount />
          <LanguageSwitcher current={locale} label={tl("label")} languages={languages} />
        </nav>
      </div>
    </header>
  );
}
