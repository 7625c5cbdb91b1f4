import { getMessages, getTranslations } from "next-intl/server";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/routing";
import { COUNTRY_CODES } from "@/lib/validations/countries";
import { TOPIC_NAME } from "@/lib/profile/form-options";
import { Link } from "@/lib/i18n/navigation";
import { ContentForm } from "./content-form";

type Props = { locale: Locale; id?: string };

const EMPTY = {
  kind: "ARTICLE" as const,
  topic: "",
  product: "",
  exclusive: false,
  url: "",
  country: "" as const,
  city: "",
  startsAt: "",
  titleEn: "",
  summaryEn: "",
  titleDe: "",
  summaryDe: "",
  titleEs: "",
  summaryEs: "",
};

/** Create (no id) or edit a content item; null when the id does not exist. */
export async function ContentFormPage({ locale, id }: Props) {
  const t = await getTranslations("content.admin");
  const messages = await getMessages();
  const text = (messages.content as { admin: Record<string, string> }).admin;
  const item = id
    ? await db.contentItem.findUnique({
        where: { id },
        include: { translations: true, topic: true, product: true },
      })
    : null;
  if (id && !item) return null;
  const [topics, products] = await Promise.all([
    db.topic.findMany({ orderBy: [{ sortOrder: "asc" }, { slug: "asc" }] }),
    db.product.findMany({ orderBy: { name: "asc" } }),
  ]);
  const region = new Intl.DisplayNames([locale], { type: "region" });
  const tr = (l: string) => item?.translations.find((x) => x.locale === l);
  const defaults = item
    ? {
        id: item.id,
        kind: item.kind,
        topic: item.topic?.slug ?? "",
        product: item.product?.slug ?? "",
        exclusive: item.exclusive,
        url: item.url ?? "",
        country: (item.country ?? "") as typeof EMPTY.country,
        city: item.city ?? "",
        startsAt: item.startsAt ? item.startsAt.toISOString().slice(0, 16) : "",
        titleEn: tr("en")?.title ?? "",
        summaryEn: tr("en")?.summary ?? "",
        titleDe: tr("de")?.title ?? "",
        summaryDe: tr("de")?.summary ?? "",
        titleEs: tr("es")?.title ?? "",
        summaryEs: tr("es")?.summary ?? "",
      }
    : EMPTY;
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <Link href="/admin/content" className="text-brand-700 text-sm underline">
        {t("back")}
      </Link>
      <h1 className="text-2xl font-semibold text-slate-900">{item ? t("editTitle") : t("newTitle")}</h1>
      <div className="rounded-xl border border-slate-200 bg-white p-6">
        <ContentForm
          defaults={defaults}
          topics={topics.map((x) => ({ value: x.slug, label: x[TOPIC_NAME[locale]] }))}
          products={products.map((x) => ({ value: x.slug, label: x.name }))}
          countries={COUNTRY_CODES.map((c) => ({ value: c, label: region.of(c) ?? c }))}
          validation={messages.validation as Record<string, string>}
          text={text}
        />
      </div>
    </div>
  );
}
