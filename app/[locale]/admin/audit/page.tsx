import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { asLocale } from "@/lib/i18n/routing";
import { Link } from "@/lib/i18n/navigation";
import { requireStaff } from "@/lib/dal/staff-access";
import { auditActions, queryAuditLog } from "@/lib/dal/staff/audit-log";
import { dateParam, param, withParams, type RawParams } from "@/lib/dal/staff/search-params";
import { PageTitle } from "@/components/admin/page-title";
import { FilterForm } from "@/components/admin/filter-form";
import { AuditTable } from "@/components/admin/audit-table";
import { TextField } from "@/components/ui/field";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<RawParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: asLocale((await params).locale), namespace: "admin.audit" });
  return { title: t("title") };
}

export default async function AuditLogPage({ params, searchParams }: Props) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const actor = await requireStaff();
  const sp = await searchParams;
  const filters = {
    action: param(sp, "action", 80),
    actor: param(sp, "actor"),
    target: param(sp, "target"),
    from: dateParam(sp, "from"),
    to: dateParam(sp, "to"),
  };
  const [page, actions] = await Promise.all([
    queryAuditLog({ actor, filters, before: param(sp, "before", 20), after: param(sp, "after", 20) }),
    auditActions({ actor }),
  ]);
  const t = await getTranslations("admin.audit");
  const tf = await getTranslations("admin.filters");
  const link =
    "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-50";

  return (
    <div className="space-y-6">
      <PageTitle title={t("title")} intro={t("intro")} />
      <FilterForm path="/admin/audit" label={tf("label")}>
        <TextField
          label={t("action")}
          name="action"
          defaultValue={filters.action}
          list="audit-actions"
          hint={t("actionHint")}
        />
        <datalist id="audit-actions">
          {actions.map((a) => (
            <option key={a} value={a} />
          ))}
        </datalist>
        <TextField label={t("actor")} name="actor" defaultValue={filters.actor} hint={t("personHint")} />
        <TextField label={t("target")} name="target" defaultValue={filters.target} hint={t("personHint")} />
        <div className="grid grid-cols-2 gap-3 sm:col-span-2">
          <TextField label={t("from")} name="from" type="date" defaultValue={param(sp, "from")} />
          <TextField label={t("to")} name="to" type="date" defaultValue={param(sp, "to")} />
        </div>
      </FilterForm>
      <div className="rounded-lg border border-slate-200 bg-white p-4">
        <AuditTable entries={page.entries} caption={t("title")} />
      </div>
      <nav aria-label={t("paging")} className="flex justify-end gap-2">
        {page.newerCursor && (
          <Link
            href={`/admin/audit${withParams(sp, { after: page.newerCursor, before: undefined })}`}
            className={link}
            rel="prev"
          >
            {t("newer")}
          </Link>
        )}
        {page.olderCursor && (
          <Link
            href={`/admin/audit${withParams(sp, { before: page.olderCursor, after: undefined })}`}
            className={link}
            rel="next"
          >
            {t("older")}
          </Link>
        )}
      </nav>
    </div>
  );
}
