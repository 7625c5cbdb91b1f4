import type { Metadata } from "next";
import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { headers } from "next/headers";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { routing } from "@/lib/i18n/routing";
import { brand } from "@/lib/config";
import { isOutdatedBrowser } from "@/lib/browser-support";
import { SiteHeader } from "@/components/layout/site-header";
import { SiteFooter } from "@/components/layout/site-footer";
import { OutdatedBrowserNotice } from "@/components/layout/outdated-browser-notice";
import { ErrorStringsData } from "@/components/layout/error-strings";
import { KeepPlaceScript } from "@/components/layout/language-switcher";
import "../globals.css";

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({
    locale: hasLocale(routing.locales, locale) ? locale : "en",
    namespace: "metadata",
  });
  return {
    title: { default: t("title", { portalName: brand.portalName }), template: `%s · ${brand.portalName}` },
    description: t("description", { portalName: brand.portalName, company: brand.company }),
    metadataBase: new URL(brand.baseUrl),
  };
}

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const te = await getTranslations("error");
  const errorStrings = {
    title: te("title"),
    text: te("text"),
    retry: te("retry"),
    helpLink: te("helpLink"),
    locale,
  };
  const outdated = isOutdatedBrowser((await headers()).get("user-agent"));

  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col">
        {/* No next-intl client runtime: client components get translated strings as props. */}
        <ErrorStringsData value={errorStrings} />
        {outdated && <OutdatedBrowserNotice />}
        <SiteHeader locale={locale} />
        <main id="content" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 sm:px-6">
          {children}
        </main>
        <SiteFooter />
        <KeepPlaceScript />
      </body>
    </html>
  );
}
