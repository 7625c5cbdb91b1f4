import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { DashboardItem } from "@/lib/content/dashboard";

/** One dashboard entry: title (links to the item), summary, and where and when for events. */
export async function ContentCard({ item, locale }: { item: DashboardItem; locale: string }) {
  const t = await getTranslations("dashboard");
  const format = await getFormatter();
  const region = new Intl.DisplayNames([locale], { type: "region" });
  const place = [item.city, item.country ? region.of(item.country) : null].filter(Boolean).join(", ");
  return (
    <li className="rounded-lg border border-slate-200 bg-white p-4">
      <p className="text-xs font-semibold tracking-wide text-slate-500 uppercase">
        {t(`kind.${item.kind}`)}
        {item.exclusive && (
          <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-amber-900">{t("exclusive")}</span>
        )}
      </p>
      <h3 className="mt-1 font-semibold text-slate-900">
        <Link href={`/content/${item.id}`} className="hover:text-brand-700 hover:underline">
          {item.title}
        </Link>
      </h3>
      {item.startsAt && (
        <p className="mt-1 text-sm font-medium text-slate-700">
          {format.dateTime(item.startsAt, { dateStyle: "long" })}
          {place && ` · ${place}`}
        </p>
      )}
      <p className="mt-1 text-sm text-slate-600">{item.summary}</p>
      {(item.topic || item.product) && (
        <p className="mt-2 text-xs text-slate-500">
          {[item.product, item.topic].filter(Boolean).join(" · ")}
        </p>
      )}
    </li>
  );
}
