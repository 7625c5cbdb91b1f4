import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { asLocale } from "@/lib/i18n/routing";
import { Link } from "@/lib/i18n/navigation";
import { requireStaff } from "@/lib/dal/staff-access";
import { segment } from "@/lib/dal/staff/search-params";
import { getVerificationDetail } from "@/lib/dal/staff/verification-detail";
import { PageTitle } from "@/components/admin/page-title";
import { Badge } from "@/components/admin/badge";
import { DecisionButtons } from "@/components/admin/decision-buttons";
import { durationFormatter, reviewReasonLabel } from "@/components/admin/format";
import { decisionLabels, validationTexts } from "@/components/admin/labels";
import { Section, Facts } from "@/components/admin/section";
import { Alert } from "@/components/ui/alert";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: asLocale((await params).locale), namespace: "admin.detail" });
  return { title: t("title") };
}

export default async function VerificationDetailPage({ params }: Props) {
  const { locale: raw, id: rawId } = await params;
  const id = segment(rawId);
  const locale = asLocale(raw);
  setRequestLocale(locale);
  const actor = await requireStaff();
  const user = await getVerificationDetail({ actor, userId: id });
  if (!user) notFound();
  const t = await getTranslations("admin.detail");
  const ta = await getTranslations("admin");
  const format = await getFormatter();
  const duration = await durationFormatter();
  const reasonLabel = await reviewReasonLabel();
  const regions = new Intl.DisplayNames([locale], { type: "region" });
  const date = (d: Date | null) =>
    d ? format.dateTime(d, { dateStyle: "medium", timeStyle: "short" }) : "—";
  const reason = user.reviewReason;
  const reasonHelp =
    reason && ta.has(`reviewReasons.${reason}.help` as never)
      ? ta(`reviewReasons.${reason}.help` as never)
      : null;
  const pending = user.status === "PENDING_REVIEW";
  const topicName = (x: { nameEn: string; nameDe: string; nameEs: string }) =>
    locale === "de" ? x.nameDe : locale === "es" ? x.nameEs : x.nameEn;

  return (
    <div className="space-y-6">
      <PageTitle
        title={`${user.firstName} ${user.lastName}`}
        intro={
          <span className="flex flex-wrap items-center gap-2">
            <Badge tone={user.status}>{ta(`status.${user.status}`)}</Badge>
            {user.waitingMs !== null && t("waiting", { duration: duration(user.waitingMs) })}
          </span>
        }
        actions={
          <Link href={`/admin/users/${user.id}`} className="text-brand-700 font-medium underline">
            {t("openUser")}
          </Link>
        }
      />

      <Alert tone={pending ? "warning" : "info"} title={t("whyTitle")}>
        <p className="font-medium">{reasonLabel(reason)}</p>
        {reasonHelp && <p className="mt-1">{reasonHelp}</p>}
      </Alert>

      {pending ? (
        <DecisionButtons
          userIds={[user.id]}
          labels={await decisionLabels()}
          validation={await validationTexts()}
        />
      ) : (
        <p className="text-slate-700">
          {t("decided", { status: ta(`status.${user.status}`) })}
          {user.rejectionReason && ` ${ta(`rejectionReasons.${user.rejectionReason}` as never)}`}
        </p>
      )}

      <div className="grid gap-6 lg:grid-cols-2">
        <Section title={t("profile")}>
          <Facts
            items={[
              [t("email"), user.email],
              [t("username"), user.username],
              [t("name"), `${user.firstName} ${user.lastName}`],
              [t("salutation"), ta(`salutation.${user.salutation}`)],
              [t("company"), user.company],
              [t("country"), regions.of(user.country) ?? user.country],
              [t("phone"), user.phone ?? "—"],
              [t("language"), ta(`languages.${user.locale}` as never)],
              [t("registered"), date(user.createdAt)],
              [t("emailConfirmed"), date(user.emailVerified)],
              [t("interests"), user.interests.map(topicName).join(", ") || "—"],
            ]}
          />
        </Section>

        <Section title={t("emailDomain")}>
          <Facts
            items={[
              [t("domain"), user.emailDomain],
              [
                t("domainOwner"),
                user.domainOwners.length
                  ? user.domainOwners.map((d) => `${d.company} (${d.domain})`).join(", ")
                  : t("noDomainOwner"),
              ],
            ]}
          />
          <h3 className="mt-6 mb-3 font-semibold text-slate-900">{t("legacy")}</h3>
          {user.legacy ? (
            <Facts
              items={[
                [t("email"), user.legacy.email],
                [t("name"), `${user.legacy.firstName} ${user.legacy.lastName}`],
                [t("company"), user.legacy.company],
                [t("country"), regions.of(user.legacy.country) ?? user.legacy.country],
                [t("serials"), user.legacy.serials.join(", ") || "—"],
                [
                  t("migration"),
                  user.legacy.migratedAt
                    ? t("migratedAt", { date: date(user.legacy.migratedAt) })
                    : t("notMigrated"),
                ],
              ]}
            />
          ) : (
            <p className="mt-2 text-sm text-slate-600">{t("noLegacy")}</p>
          )}
        </Section>
      </div>

      <Section title={t("devices")}>
        {user.devices.length === 0 ? (
          <p className="text-sm text-slate-600">{t("noDevices")}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <thead className="text-xs tracking-wide text-slate-600 uppercase">
                <tr>
                  <th scope="col" className="py-2 pr-4">
                    {t("serial")}
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    {t("product")}
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    {t("registryOwner")}
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    {t("ownerDomains")}
                  </th>
                  <th scope="col" className="py-2">
                    {t("domainMatch")}
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {user.devices.map((d) => (
                  <tr key={d.serial}>
                    <td className="py-2 pr-4 font-mono">{d.serial}</td>
                    <td className="py-2 pr-4">{d.product}</td>
                    <td className="py-2 pr-4">{d.owner?.name ?? t("noOwner")}</td>
                    <td className="py-2 pr-4">{d.owner?.domains.join(", ") || "—"}</td>
                    <td className="py-2">
                      <Badge tone={d.domainMatches ? "ACTIVE" : "PENDING_REVIEW"}>
                        {d.domainMatches ? t("matches") : t("noMatch")}
                      </Badge>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Section>
    </div>
  );
}
