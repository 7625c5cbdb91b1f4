import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { asLocale } from "@/lib/i18n/routing";
import { Link } from "@/lib/i18n/navigation";
import { requireStaff } from "@/lib/dal/staff-access";
import { segment } from "@/lib/dal/staff/search-params";
import { getUserDetail } from "@/lib/dal/staff/user-detail";
import { PageTitle } from "@/components/admin/page-title";
import { Badge } from "@/components/admin/badge";
import { Section, Facts } from "@/components/admin/section";
import { reviewReasonLabel } from "@/components/admin/format";
import { UserActions } from "@/components/admin/user-actions";
import { AuditTable } from "@/components/admin/audit-table";
import { UserSessions } from "@/components/admin/user-sessions";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: asLocale((await params).locale), namespace: "admin.user" });
  return { title: t("title") };
}

export default async function UserPage({ params }: Props) {
  const { locale: raw, id: rawId } = await params;
  const id = segment(rawId);
  const locale = asLocale(raw);
  setRequestLocale(locale);
  const actor = await requireStaff();
  const user = await getUserDetail({ actor, userId: id });
  if (!user) notFound();
  const t = await getTranslations("admin.user");
  const ta = await getTranslations("admin");
  const format = await getFormatter();
  const reasonLabel = await reviewReasonLabel();
  const regions = new Intl.DisplayNames([locale], { type: "region" });
  const date = (d: Date | null) =>
    d ? format.dateTime(d, { dateStyle: "medium", timeStyle: "short" }) : "—";
  const topicName = (x: { nameEn: string; nameDe: string; nameEs: string }) =>
    locale === "de" ? x.nameDe : locale === "es" ? x.nameEs : x.nameEn;

  return (
    <div className="space-y-6">
      <PageTitle
        title={`${user.firstName} ${user.lastName}`}
        intro={
          <span className="flex flex-wrap items-center gap-2">
            <Badge tone={user.status}>{ta(`status.${user.status}`)}</Badge>
            <Badge tone="brand">{ta(`roles.${user.role}`)}</Badge>
            {user.mustChangePassword && <Badge>{t("mustChangePassword")}</Badge>}
          </span>
        }
        actions={
          user.status === "PENDING_REVIEW" && (
            <Link href={`/admin/verifications/${user.id}`} className="text-brand-700 font-medium underline">
              {t("review")}
            </Link>
          )
        }
      />

      <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
        <div className="space-y-6">
          <Section title={t("account")}>
            <Facts
              items={[
                [t("email"), user.email],
                [t("username"), user.username],
                [t("company"), user.company],
                [t("country"), regions.of(user.country) ?? user.country],
                [t("phone"), user.phone ?? "—"],
                [t("language"), ta(`languages.${user.locale}` as never)],
                [t("registered"), date(user.createdAt)],
                [t("emailConfirmed"), date(user.emailVerified)],
                [t("activated"), date(user.activatedAt)],
                [t("lastSignIn"), date(user.lastSignInAt)],
                [t("statusSince"), date(user.statusChangedAt)],
                [t("reviewReason"), reasonLabel(user.reviewReason)],
                ...(user.rejectionReason
                  ? ([
                      [
                        t("rejection"),
                        `${ta(`rejectionReasons.${user.rejectionReason}` as never)}${user.rejectionNote ? ` — ${user.rejectionNote}` : ""}`,
                      ],
                    ] as [string, string][])
                  : []),
                [t("password"), user.hasPassword ? t("passwordSet") : t("passwordNone")],
                [t("sessions"), t("sessionCount", { count: user.activeSessions })],
                [
                  t("legacy"),
                  user.legacyAccount
                    ? user.legacyAccount.migratedAt
                      ? t("legacyMigrated")
                      : t("legacyPending")
                    : "—",
                ],
              ]}
            />
          </Section>

          {/* Support acts on customer accounts only (the data layer enforces it too). */}
          <UserSessions userId={user.id} mayManage={actor.role === "ADMIN" || user.role === "CUSTOMER"} />

          <Section title={t("devices")}>
            {user.devices.length === 0 ? (
              <p className="text-sm text-slate-600">{t("noDevices")}</p>
            ) : (
              <ul className="space-y-1 text-sm">
                {user.devices.map((d) => (
                  <li key={d.serial}>
                    <Link href={`/admin/devices/${d.serial}`} className="text-brand-700 font-mono underline">
                      {d.serial}
                    </Link>{" "}
                    {d.product} · {d.company ?? t("noOwner")}
                  </li>
                ))}
              </ul>
            )}
            <h3 className="mt-5 font-semibold text-slate-900">{t("interests")}</h3>
            <p className="mt-1 text-sm text-slate-700">{user.interests.map(topicName).join(", ") || "—"}</p>
          </Section>
        </div>

        <UserActions actor={actor} user={user} />
      </div>

      <Section title={t("events")}>
        <AuditTable entries={user.events} caption={t("events")} />
        <p className="mt-3 text-sm">
          <Link href={`/admin/audit?target=${user.id}`} className="text-brand-700 underline">
            {t("allEvents")}
          </Link>
        </p>
      </Section>
    </div>
  );
}
