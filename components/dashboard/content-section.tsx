import { getTranslations } from "next-intl/server";
import type { DashboardItem } from "@/lib/content/dashboard";
import { ContentCard } from "./content-card";

type Props = { id: string; title: string; items: DashboardItem[]; locale: string };

/** A titled list of dashboard items; says so when there is nothing for the current choice. */
export async function ContentSection({ id, title, items, locale }: Props) {
  const t = await getTranslations("dashboard");
  return (
    <section aria-labelledby={id} className="space-y-3">
      <h2 id={id} className="text-lg font-semibold text-slate-900">
        {title}
      </h2>
      {items.length === 0 ? (
        <p className="text-sm text-slate-600">{t("nothingHere")}</p>
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2">
          {items.map((item) => (
            <ContentCard key={item.id} item={item} locale={locale} />
          ))}
        </ul>
      )}
    </section>
  );
}
