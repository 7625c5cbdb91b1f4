import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { asLocale } from "@/lib/i18n/routing";
import { Link } from "@/lib/i18n/navigation";
import { brand } from "@/lib/config";
import { requireUser } from "@/lib/dal/session";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: asLocale((await params).locale), namespace: "account" });
  return { title: t("dashboardMetaTitle") };
}

// The signed-in landing page; its content (topics, events, downloads) comes with the dashboard.
export default async function DashboardPage({ params }: Props) {
  setRequestLocale(asLocale((await params).locale));
  const user = await requireUser({ returnTo: "/dashboard" });
  const t = await getTranslations("account");

  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold text-slate-900">
        {t("welcome", { name: `${user.firstName} ${user.lastName}` })}
      </h1>
      <p className="text-slate-600">{t("dashboardIntro", { portalName: brand.portalName })}</p>
      <Link href="/account" className="text-brand-700 inline-block font-medium underline">
        {t("accountLink")}
      </Link>
    </div>
  );
}
