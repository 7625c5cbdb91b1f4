import type { Metadata } from "next";
import type { ReactNode } from "react";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { asLocale } from "@/lib/i18n/routing";
import { requireStaff } from "@/lib/dal/staff-access";
import { getPendingSummary } from "@/lib/dal/staff/verification-queue";
import { ConsoleNav } from "@/components/admin/console-nav";
import { durationFormatter } from "@/components/admin/format";

export const metadata: Metadata = { robots: { index: false, follow: false } };

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

// Every console page sits inside this layout, but each page checks the role again itself:
// layouts do not re-run on every navigation, pages and actions do.
export default async function AdminLayout({ children, params }: Props) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const actor = await requireStaff();
  const t = await getTranslations("admin");
  const summary = await getPendingSummary({ actor });
  const duration = await durationFormatter();
  const base = `/${locale}/admin`;
  const items = [
    {
      href: base,
      exact: true,
      also: `${base}/verifications`,
      label: t("nav.queue"),
      badge: String(summary.count),
      badgeLabel: t("header.pendingCount", { count: summary.count }),
    },
    { href: `${base}/users`, label: t("nav.users") },
    { href: `${base}/devices`, label: t("nav.devices") },
    { href: `${base}/legacy`, label: t("nav.legacy") },
    { href: `${base}/content`, label: t("nav.content") },
    { href: `${base}/audit`, label: t("nav.audit") },
    // Support answers customers from the FAQ: it opens the public help centre.
    { href: `/${locale}/help`, label: t("nav.help") },
  ];

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-brand-800 text-sm font-semibold tracking-wide uppercase">
          {t("header.title")} · {t(`roles.${actor.role}`)}
        </p>
        <p className="text-sm text-slate-700">
          {t("header.pendingCount", { count: summary.count })}
          {summary.oldestWaitingMs !== null &&
            ` · ${t("header.oldest", { duration: duration(summary.oldestWaitingMs) })}`}
        </p>
      </div>
      <ConsoleNav items={items} label={t("nav.label")} />
      {children}
    </div>
  );
}
