import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { asLocale } from "@/lib/i18n/routing";
import { Link } from "@/lib/i18n/navigation";
import { contentForReader } from "@/lib/content/content-item";
import { Alert } from "@/components/ui/alert";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, id } = await params;
  const found = await contentForReader(id, asLocale(locale));
  return { title: found?.item.title, robots: { index: false } };
}

// A content item. Exclusive ones (software updates, knowledge library) are for active customers
// only: anonymous readers sign in and come back; a pending migration profile is completed first.
export default async function ContentPage({ params }: Props) {
  const { locale: raw, id } = await params;
  const locale = asLocale(raw);
  setRequestLocale(locale);
  const found = await contentForReader(id, locale);
  if (!found) notFound();
  const { item, access } = found;
  if (access === "signIn") {
    redirect(`/${locale}/login?callbackUrl=${encodeURIComponent(`/${locale}/content/${item.id}`)}`);
  }
  const t = await getTranslations("content");
  const td = await getTranslations("dashboard");
  const format = await getFormatter();
  const region = new Intl.DisplayNames([locale], { type: "region" });
  const place = [item.city, item.country ? region.of(item.country) : null].filter(Boolean).join(", ");

  return (
    <article className="mx-auto max-w-2xl space-y-4">
      <p className="text-xs font-semibold tracking-wide text-slate-500 uppercase">
        {td(`kind.${item.kind}`)}
      </p>
      <h1 className="text-2xl font-semibold text-slate-900">{item.title}</h1>
      {item.startsAt && (
        <p className="font-medium text-slate-700">
          {format.dateTime(item.startsAt, { dateStyle: "full" })}
          {place && ` · ${place}`}
        </p>
      )}
      <p className="text-slate-700">{item.summary}</p>
      {(item.product || item.topic) && (
        <p className="text-sm text-slate-500">{[item.product, item.topic].filter(Boolean).join(" · ")}</p>
      )}
      {access === "completeProfile" ? (
        <Alert tone="warning" title={t("completeProfileFirst")}>
          <Link href="/account/complete-profile" className="underline">
            {t("completeProfileLink")}
          </Link>
        </Alert>
      ) : item.kind === "SOFTWARE_UPDATE" || item.kind === "DOCUMENT" ? (
        <a
          href={`/api/content/${item.id}/download?locale=${locale}`}
          className="bg-brand-600 hover:bg-brand-700 inline-flex rounded-md px-4 py-2 text-sm font-semibold text-white"
        >
          {t("download")}
        </a>
      ) : (
        item.url && (
          <a href={item.url} className="text-brand-700 font-medium underline" rel="noopener noreferrer">
            {t("open")}
          </a>
        )
      )}
      <p>
        <Link href="/dashboard" className="text-brand-700 text-sm underline">
          {t("backToDashboard")}
        </Link>
      </p>
    </article>
  );
}
