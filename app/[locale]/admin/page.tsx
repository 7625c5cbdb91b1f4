import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { asLocale } from "@/lib/i18n/routing";
import { DAY } from "@/lib/clock";
import { requireStaff } from "@/lib/dal/staff-access";
import { getQueueFacets, getVerificationQueue } from "@/lib/dal/staff/verification-queue";
import { dateParam, intParam, param, type RawParams } from "@/lib/dal/staff/search-params";
import { PageTitle } from "@/components/admin/page-title";
import { FilterForm } from "@/components/admin/filter-form";
import { Pagination } from "@/components/admin/pagination";
import { QueueTable } from "@/components/admin/queue-table";
import { durationFormatter, reviewReasonLabel } from "@/components/admin/format";
import { decisionLabels, validationTexts } from "@/components/admin/labels";
import { SelectField, TextField } from "@/components/ui/field";
import { HelpLink } from "@/components/help/help-link";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<RawParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: asLocale((await params).locale), namespace: "admin.queue" });
  return { title: t("title") };
}

// Waiting longer than this is highlighted (FAQ 1.8: manual review "can take some time").
const LATE_MS = 3 * DAY;

export default async function VerificationQueuePage({ params, searchParams }: Props) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const actor = await requireStaff();
  const sp = await searchParams;
  const filters = {
    q: param(sp, "q"),
    reason: param(sp, "reviewReason", 60),
    country: param(sp, "country", 2),
    company: param(sp, "company"),
    domain: param(sp, "domain"),
    from: dateParam(sp, "from"),
    to: dateParam(sp, "to"),
  };
  const [queue, facets] = await Promise.all([
    getVerificationQueue({ actor, filters, page: intParam(sp, "page"), pageSize: intParam(sp, "size") }),
    getQueueFacets({ actor }),
  ]);
  const t = await getTranslations("admin.queue");
  const tf = await getTranslations("admin.filters");
  const format = await getFormatter();
  const duration = await durationFormatter();
  const reasonLabel = await reviewReasonLabel();
  const regions = new Intl.DisplayNames([locale], { type: "region" });

  return (
    <div className="space-y-6">
      <PageTitle
        title={t("title")}
        intro={t("intro")}
        actions={<HelpLink slug="registration-not-accepted" />}
      />
      <FilterForm path="/admin" label={tf("label")}>
        <TextField
          label={tf("search")}
          name="q"
          type="search"
          defaultValue={filters.q}
          hint={tf("searchHint")}
        />
        <SelectField label={t("reason")} name="reviewReason" defaultValue={filters.reason ?? ""}>
          <option value="">{tf("any")}</option>
          {facets.reasons.map((r) => (
            <option key={r.value} value={r.value}>
              {`${reasonLabel(r.value)} (${r.count})`}
            </option>
          ))}
        </SelectField>
        <SelectField label={t("country")} name="country" defaultValue={filters.country ?? ""}>
          <option value="">{tf("any")}</option>
          {facets.countries.map((c) => (
            <option key={c.value} value={c.value}>
              {`${regions.of(c.value) ?? c.value} (${c.count})`}
            </option>
          ))}
        </SelectField>
        <TextField label={t("company")} name="company" defaultValue={filters.company} />
        <TextField
          label={t("domain")}
          name="domain"
          defaultValue={filters.domain}
          placeholder="example.com"
        />
        <TextField label={t("from")} name="from" type="date" defaultValue={param(sp, "from")} />
        <TextField label={t("to")} name="to" type="date" defaultValue={param(sp, "to")} />
      </FilterForm>

      <p className="text-slate-700" aria-live="polite">
        {t("count", { count: queue.total })}
      </p>
      {queue.rows.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-slate-600">
          {t("empty")}
        </p>
      ) : (
        <QueueTable
          caption={t("title")}
          rows={queue.rows.map((r) => ({
            id: r.id,
            href: `/${locale}/admin/verifications/${r.id}`,
            name: `${r.firstName} ${r.lastName}`,
            email: r.email,
            company: r.company,
            country: regions.of(r.country) ?? r.country,
            serials: r.serials.join(", ") || "—",
            reason: reasonLabel(r.reviewReason),
            waiting: duration(r.waitingMs),
            since: format.dateTime(r.statusChangedAt, { dateStyle: "medium", timeStyle: "short" }),
            late: r.waitingMs >= LATE_MS,
          }))}
          labels={{
            select: t("select"),
            selectAll: t("selectAll"),
            selected: t.raw("selected") as string,
            name: t("name"),
            company: t("company"),
            serials: t("serials"),
            reason: t("reason"),
            waiting: t("waiting"),
          }}
          decision={await decisionLabels()}
          validation={await validationTexts()}
        />
      )}
      <Pagination
        path="/admin"
        params={sp}
        page={queue.page}
        pageCount={queue.pageCount}
        total={queue.total}
      />
    </div>
  );
}
