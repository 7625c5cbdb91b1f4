import type { Metadata } from "next";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { asLocale, locales } from "@/lib/i18n/routing";
import { localeAlternates } from "@/lib/i18n/alternates";
import { Link } from "@/lib/i18n/navigation";
import { brand } from "@/lib/config";
import { db } from "@/lib/db";
import { COUNTRY_CODES } from "@/lib/validations/countries";
import { HelpLink } from "@/components/help/help-link";
import { RegisterWizard } from "@/components/registration/register-wizard";
import type { WizardUi } from "@/components/registration/wizard-types";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = asLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "register" });
  return { title: t("metaTitle"), alternates: localeAlternates(locale, "/register") };
}

const NAME_COLUMN = { en: "nameEn", de: "nameDe", es: "nameEs" } as const;

export default async function RegisterPage({ params }: Props) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const t = await getTranslations("register");
  const tl = await getTranslations("language");
  const messages = await getMessages();

  const regionName = new Intl.DisplayNames([locale], { type: "region" });
  const countries = COUNTRY_CODES.map((code) => ({ value: code, label: regionName.of(code) ?? code })).sort(
    (a, b) => a.label.localeCompare(b.label, locale),
  );
  const topics = await db.topic.findMany({ orderBy: [{ sortOrder: "asc" }, { slug: "asc" }] });
  const option = (t: (typeof topics)[number]) => ({ value: t.slug, label: t[NAME_COLUMN[locale]] });

  const ui: WizardUi = {
    locale,
    text: messages.register as WizardUi["text"],
    validation: messages.validation as Record<string, string>,
    countries,
    languages: locales.map((code) => ({ value: code, label: tl(code) })),
    products: topics.filter((t) => t.kind === "PRODUCT").map(option),
    topics: topics.filter((t) => t.kind === "TOPIC").map(option),
    company: brand.company,
    supportEmail: brand.supportEmail,
  };

  return (
    <div className="mx-auto w-full max-w-2xl">
      <div className="mb-6">
        <h1 className="text-2xl font-semibold text-slate-900 sm:text-3xl">
          {t("title", { portalName: brand.portalName })}
        </h1>
        <p className="mt-2 text-slate-600">{t("intro")}</p>
        <p className="mt-2 text-sm text-slate-600">
          {t.rich("haveAccount", {
            login: (chunks) => (
              <Link href="/login" className="text-brand-700 font-medium underline">
                {chunks}
              </Link>
            ),
          })}
        </p>
      </div>
      <div className="rounded-2xl border border-slate-200 bg-white p-5 shadow-sm sm:p-8">
        <RegisterWizard ui={ui} serialHelp={<HelpLink slug="product-serial-number" />} />
      </div>
    </div>
  );
}
