import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { asLocale } from "@/lib/i18n/routing";
import { Link } from "@/lib/i18n/navigation";
import { requireStaff } from "@/lib/dal/staff-access";
import { listDevices } from "@/lib/dal/staff/device-registry";
import { intParam, param, type RawParams } from "@/lib/dal/staff/search-params";
import { PageTitle } from "@/components/admin/page-title";
import { FilterForm } from "@/components/admin/filter-form";
import { PagedTable } from "@/components/admin/paged-table";
import { TextField } from "@/components/ui/field";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<RawParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: asLocale((await params).locale), namespace: "admin.devices" });
  return { title: t("title") };
}

const button =
  "rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-800 hover:bg-slate-50";

export default async function DevicesPage({ params, searchParams }: Props) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const actor = await requireStaff();
  const sp = await searchParams;
  const q = param(sp, "q");
  const result = await listDevices({ actor, q, page: intParam(sp, "page"), pageSize: intParam(sp, "size") });
  const t = await getTranslations("admin.devices");
  const tf = await getTranslations("admin.filters");
  const format = await getFormatter();

  return (
    <div className="space-y-6">
      <PageTitle
        title={t("title")}
        intro={t("intro")}
        actions={
          <>
            <Link
              href="/admin/devices/new"
              className="bg-brand-600 hover:bg-brand-700 rounded-md px-4 py-2 text-sm font-semibold text-white"
            >
              {t("add")}
            </Link>
            {actor.role === "ADMIN" && (
              <Link href="/admin/devices/import" className={button}>
                {t("import")}
              </Link>
            )}
            <a href={`/${locale}/admin/devices/export`} className={button} download>
              {t("export")}
            </a>
          </>
        }
      />
      <FilterForm path="/admin/devices" label={tf("label")}>
        <div className="sm:col-span-2">
          <TextField label={tf("search")} name="q" type="search" defaultValue={q} hint={t("searchHint")} />
        </div>
      </FilterForm>
      <PagedTable
        caption={t("title")}
        count={t("count", { count: result.total })}
        columns={[t("serial"), t("product"), t("company"), t("domains"), t("users"), t("updated")]}
        path="/admin/devices"
        params={sp}
        result={result}
      >
        {result.rows.map((d) => (
          <tr key={d.serial}>
            <td className="px-3 py-2">
              <Link
                href={`/admin/devices/${d.serial}`}
                className="text-brand-700 font-mono font-medium underline"
                aria-label={t("edit", { serial: d.serial })}
              >
                {d.serial}
              </Link>
            </td>
            <td className="px-3 py-2">{d.product.name}</td>
            <td className="px-3 py-2">
              {d.company ?? <span className="text-slate-500">{t("noOwner")}</span>}
            </td>
            <td className="px-3 py-2">{d.domains.join(", ") || "—"}</td>
            <td className="px-3 py-2">{d.users}</td>
            <td className="px-3 py-2 whitespace-nowrap">
              {format.dateTime(d.updatedAt, { dateStyle: "medium" })}
            </td>
          </tr>
        ))}
      </PagedTable>
    </div>
  );
}
