import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { asLocale } from "@/lib/i18n/routing";
import { Link } from "@/lib/i18n/navigation";
import { requireStaff } from "@/lib/dal/staff-access";
import { searchUsers } from "@/lib/dal/staff/user-search";
import { intParam, oneOf, param, type RawParams } from "@/lib/dal/staff/search-params";
import { ROLES } from "@/lib/validations/staff";
import { PageTitle } from "@/components/admin/page-title";
import { FilterForm } from "@/components/admin/filter-form";
import { PagedTable } from "@/components/admin/paged-table";
import { Badge } from "@/components/admin/badge";
import { SelectField, TextField } from "@/components/ui/field";
import { HelpLink } from "@/components/help/help-link";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<RawParams> };

const STATUSES = ["PENDING_EMAIL", "PENDING_REVIEW", "ACTIVE", "REJECTED", "DISABLED"] as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: asLocale((await params).locale), namespace: "admin.users" });
  return { title: t("title") };
}

export default async function UsersPage({ params, searchParams }: Props) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const actor = await requireStaff();
  const sp = await searchParams;
  const filters = {
    q: param(sp, "q"),
    status: oneOf(sp, "status", STATUSES),
    role: oneOf(sp, "role", ROLES),
  };
  const result = await searchUsers({
    actor,
    filters,
    page: intParam(sp, "page"),
    pageSize: intParam(sp, "size"),
  });
  const t = await getTranslations("admin.users");
  const ta = await getTranslations("admin");
  const tf = await getTranslations("admin.filters");
  const format = await getFormatter();

  return (
    <div className="space-y-6">
      <PageTitle
        title={t("title")}
        intro={t("intro")}
        actions={<HelpLink slug="forgot-email-and-username" />}
      />
      <FilterForm path="/admin/users" label={tf("label")}>
        <div className="sm:col-span-2">
          <TextField
            label={tf("search")}
            name="q"
            type="search"
            defaultValue={filters.q}
            hint={t("searchHint")}
          />
        </div>
        <SelectField label={t("status")} name="status" defaultValue={filters.status ?? ""}>
          <option value="">{tf("any")}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {ta(`status.${s}`)}
            </option>
          ))}
        </SelectField>
        <SelectField label={t("role")} name="role" defaultValue={filters.role ?? ""}>
          <option value="">{tf("any")}</option>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {ta(`roles.${r}`)}
            </option>
          ))}
        </SelectField>
      </FilterForm>

      <PagedTable
        caption={t("title")}
        count={t("count", { count: result.total })}
        columns={[t("name"), t("username"), t("company"), t("status"), t("role"), t("registered")]}
        path="/admin/users"
        params={sp}
        result={result}
      >
        {result.rows.map((u) => (
          <tr key={u.id}>
            <td className="px-3 py-2">
              <Link href={`/admin/users/${u.id}`} className="text-brand-700 font-medium underline">
                {u.firstName} {u.lastName}
              </Link>
              <div className="text-slate-600">{u.email}</div>
            </td>
            <td className="px-3 py-2">{u.username}</td>
            <td className="px-3 py-2">
              {u.company} <span className="text-slate-500">({u.country})</span>
            </td>
            <td className="px-3 py-2">
              <Badge tone={u.status}>{ta(`status.${u.status}`)}</Badge>
            </td>
            <td className="px-3 py-2">{ta(`roles.${u.role}`)}</td>
            <td className="px-3 py-2 whitespace-nowrap">
              {format.dateTime(u.createdAt, { dateStyle: "medium" })}
            </td>
          </tr>
        ))}
      </PagedTable>
    </div>
  );
}
