import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { asLocale } from "@/lib/i18n/routing";
import { Link } from "@/lib/i18n/navigation";
import { requireStaff } from "@/lib/dal/staff-access";
import { listLegacyAccounts } from "@/lib/dal/staff/legacy-accounts";
import { intParam, oneOf, param, type RawParams } from "@/lib/dal/staff/search-params";
import { PageTitle } from "@/components/admin/page-title";
import { FilterForm } from "@/components/admin/filter-form";
import { PagedTable } from "@/components/admin/paged-table";
import { Badge } from "@/components/admin/badge";
import { SelectField, TextField } from "@/components/ui/field";
import { HelpLink } from "@/components/help/help-link";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<RawParams> };

const STATES = ["notRegistered", "migrated"] as const;
const TONE = { notRegistered: "neutral", registered: "PENDING_REVIEW", migrated: "ACTIVE" } as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: asLocale((await params).locale), namespace: "admin.legacy" });
  return { title: t("title") };
}

export default async function LegacyAccountsPage({ params, searchParams }: Props) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const actor = await requireStaff();
  const sp = await searchParams;
  const q = param(sp, "q");
  const state = oneOf(sp, "state", STATES);
  const result = await listLegacyAccounts({
    actor,
    q,
    state,
    page: intParam(sp, "page"),
    pageSize: intParam(sp, "size"),
  });
  const t = await getTranslations("admin.legacy");
  const tf = await getTranslations("admin.filters");
  const format = await getFormatter();

  return (
    <div className="space-y-6">
      <PageTitle
        title={t("title")}
        intro={t("intro")}
        actions={
          <>
            <HelpLink slug="migrate-customer-area-account" />
            {actor.role === "ADMIN" && (
              <Link
                href="/admin/legacy/import"
                className="bg-brand-600 hover:bg-brand-700 rounded-md px-4 py-2 text-sm font-semibold text-white"
              >
                {t("import")}
              </Link>
            )}
          </>
        }
      />
      <FilterForm path="/admin/legacy" label={tf("label")}>
        <div className="sm:col-span-2">
          <TextField label={tf("search")} name="q" type="search" defaultValue={q} hint={t("searchHint")} />
        </div>
        <SelectField label={t("state")} name="state" defaultValue={state ?? ""}>
          <option value="">{tf("any")}</option>
          {STATES.map((s) => (
            <option key={s} value={s}>
              {t(`states.${s}`)}
            </option>
          ))}
        </SelectField>
      </FilterForm>
      <PagedTable
        caption={t("title")}
        count={t("count", { count: result.total })}
        columns={[t("name"), t("company"), t("serials"), t("state"), t("imported")]}
        path="/admin/legacy"
        params={sp}
        result={result}
      >
        {result.rows.map((a) => (
          <tr key={a.id}>
            <td className="px-3 py-2">
              <span className="font-medium">
                {a.firstName} {a.lastName}
              </span>
              <div className="text-slate-600">{a.email}</div>
            </td>
            <td className="px-3 py-2">
              {a.company} <span className="text-slate-500">({a.country})</span>
            </td>
            <td className="px-3 py-2 font-mono">{a.serials.join(", ") || "—"}</td>
            <td className="px-3 py-2">
              <Badge tone={TONE[a.state]}>{t(`states.${a.state}`)}</Badge>
              {a.userId && (
                <Link href={`/admin/users/${a.userId}`} className="text-brand-700 ml-2 underline">
                  {t("openUser")}
                </Link>
              )}
            </td>
            <td className="px-3 py-2 whitespace-nowrap">
              {format.dateTime(a.importedAt, { dateStyle: "medium" })}
            </td>
          </tr>
        ))}
      </PagedTable>
    </div>
  );
}
