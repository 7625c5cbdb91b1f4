import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { withParams, type RawParams } from "@/lib/dal/staff/search-params";

type Props = { path: string; params: RawParams; page: number; pageCount: number; total: number };

/** Previous / next and where one is, keeping every filter in the address. */
export async function Pagination({ path, params, page, pageCount, total }: Props) {
  const t = await getTranslations("admin.pagination");
  const link = "rounded-md border border-slate-300 bg-white px-3 py-1.5 font-medium hover:bg-slate-50";
  return (
    <nav aria-label={t("label")} className="flex flex-wrap items-center justify-between gap-3 text-sm">
      <p className="text-slate-600">{t("status", { page, pageCount, total })}</p>
      <div className="flex gap-2">
        {page > 1 && (
          <Link href={`${path}${withParams(params, { page: page - 1 })}`} className={link} rel="prev">
            {t("previous")}
          </Link>
        )}
        {page < pageCount && (
          <Link href={`${path}${withParams(params, { page: page + 1 })}`} className={link} rel="next">
            {t("next")}
          </Link>
        )}
      </div>
    </nav>
  );
}
