import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { asLocale } from "@/lib/i18n/routing";
import { Link } from "@/lib/i18n/navigation";
import { db } from "@/lib/db";
import { requireStaff } from "@/lib/dal/staff-access";
import { pickTranslation } from "@/lib/content/content-text";
import { TOPIC_NAME } from "@/lib/profile/form-options";
import { Alert } from "@/components/ui/alert";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: asLocale((await params).locale), namespace: "content.admin" });
  return { title: t("metaTitle"), robots: { index: false } };
}

// Staff console: the dashboard's content items (list; create and edit on their own pages).
export default async function AdminContentPage({ params, searchParams }: Props) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  await requireStaff();
  const t = await getTranslations("content.admin");
  const format = await getFormatter();
  const saved = !!(await searchParams).saved;
  const items = await db.contentItem.findMany({
    orderBy: [{ kind: "asc" }, { startsAt: "asc" }, { publishedAt: "desc" }],
    include: { translations: true, topic: true, product: true },
    take: 500,
  });

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold text-slate-900">{t("listTitle")}</h1>
          <p className="mt-1 text-slate-600">{t("listIntro")}</p>
        </div>
        <Link
          href="/admin/content/new"
          className="bg-brand-600 hover:bg-brand-700 inline-flex rounded-md px-4 py-2 text-sm font-semibold text-white"
        >
          {t("new")}
        </Link>
      </div>
      {saved && (
        <Alert tone="success" live>
          {t("saved")}
        </Alert>
      )}
      {items.length === 0 ? (
        <p className="text-slate-600">{t("empty")}</p>
      ) : (
        <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white">
          <table className="w-full text-left text-sm">
            <thead className="bg-slate-50 text-slate-700">
              <tr>
                <th className="px-4 py-2">{t("colTitle")}</th>
                <th className="px-4 py-2">{t("colKind")}</th>
                <th className="px-4 py-2">{t("colTopic")}</th>
                <th className="px-4 py-2">{t("colDate")}</th>
                <th className="px-4 py-2">{t("colLanguages")}</th>
                <th className="px-4 py-2">
                  <span className="sr-only">{t("edit")}</span>
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {items.map((item) => {
                const title = pickTranslation(item.translations, locale).title;
                return (
                  <tr key={item.id}>
                    <td className="px-4 py-2 font-medium text-slate-900">{title}</td>
                    <td className="px-4 py-2">{t(`kind_${item.kind}`)}</td>
                    <td className="px-4 py-2">
                      {item.product?.name ?? (item.topic ? item.topic[TOPIC_NAME[locale]] : "")}
                    </td>
                    <td className="px-4 py-2">
                      {item.startsAt ? format.dateTime(item.startsAt, { dateStyle: "medium" }) : ""}
                    </td>
                    <td className="px-4 py-2 uppercase">
                      {item.translations
                        .map((x) => x.locale)
                        .sort()
                        .join(" ")}
                    </td>
                    <td className="px-4 py-2">
                      <Link
                        href={`/admin/content/${item.id}`}
                        className="text-brand-700 underline"
                        aria-label={`${t("edit")}: ${title}`}
                      >
                        {t("edit")}
                      </Link>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
