import type { Metadata } from "next";
import { asLocale } from "@/lib/i18n/routing";
import { localeAlternates } from "@/lib/i18n/alternates";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { brand } from "@/lib/config";

const BENEFITS = ["updates", "library", "dashboard"] as const;
const STEPS = ["submit", "confirm", "verify"] as const;

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { alternates: localeAlternates(asLocale((await params).locale), "") };
}

export default async function HomePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(asLocale(locale));
  const t = await getTranslations("home");
  const names = { company: brand.company, portalName: brand.portalName };

  return (
    <div className="space-y-14">
      <section className="from-brand-800 to-brand-600 rounded-2xl bg-gradient-to-br px-6 py-12 text-white sm:px-10">
        <p className="text-brand-100 text-sm font-medium tracking-wide uppercase">{t("eyebrow", names)}</p>
        <h1 className="mt-3 max-w-3xl text-3xl leading-tight font-semibold sm:text-4xl">
          {t("title", names)}
        </h1>
        <p className="text-brand-50 mt-4 max-w-3xl">{t("lead")}</p>
        <div className="mt-8 flex flex-wrap gap-3">
          <Link
            href="/register"
            className="text-brand-800 hover:bg-brand-50 rounded-md bg-white px-5 py-2.5 font-semibold"
          >
            {t("register")}
          </Link>
          <Link
            href="/login"
            className="rounded-md border border-white/60 px-5 py-2.5 font-semibold text-white hover:bg-white/10"
          >
            {t("signIn")}
          </Link>
        </div>
      </section>

      <section aria-labelledby="benefits">
        <h2 id="benefits" className="text-2xl font-semibold">
          {t("benefitsTitle")}
        </h2>
        <ul className="mt-6 grid gap-4 sm:grid-cols-3">
          {BENEFITS.map((key) => (
            <li key={key} className="rounded-xl border border-slate-200 bg-white p-5">
              <h3 className="text-brand-800 font-semibold">{t(`benefits.${key}.title`)}</h3>
              <p className="mt-2 text-sm text-slate-600">{t(`benefits.${key}.text`)}</p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="steps">
        <h2 id="steps" className="text-2xl font-semibold">
          {t("stepsTitle")}
        </h2>
        <ol className="mt-6 grid gap-4 sm:grid-cols-3">
          {STEPS.map((key, i) => (
            <li key={key} className="flex gap-4 rounded-xl border border-slate-200 bg-white p-5">
              <span
                aria-hidden="true"
                className="bg-brand-100 text-brand-800 grid size-8 shrink-0 place-items-center rounded-full font-semibold"
              >
                {i + 1}
              </span>
              <div>
                <h3 className="font-semibold">{t(`steps.${key}.title`)}</h3>
                <p className="mt-1 text-sm text-slate-600">{t(`steps.${key}.text`)}</p>
              </div>
            </li>
          ))}
        </ol>
      </section>

      <section className="rounded-xl border border-slate-200 bg-white p-6">
        <h2 className="text-xl font-semibold">{t("helpTitle")}</h2>
        <p className="mt-2 text-slate-600">{t("helpText")}</p>
        <Link href="/help" className="text-brand-700 mt-4 inline-block font-medium underline">
          {t("helpLink")}
        </Link>
      </section>
    </div>
  );
}
