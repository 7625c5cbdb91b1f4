import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { asLocale } from "@/lib/i18n/routing";
import { Link } from "@/lib/i18n/navigation";
import { brand } from "@/lib/config";
import { requireUser } from "@/lib/dal/session";
import { loadDashboard } from "@/lib/content/dashboard";
import { needsProfileCompletion } from "@/lib/migration/legacy-profile";
import { Alert } from "@/components/ui/alert";
import { ContentSection } from "@/components/dashboard/content-section";
import { TopicFilter } from "@/components/dashboard/topic-filter";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: asLocale((await params).locale), namespace: "account" });
  return { title: t("dashboardMetaTitle") };
}

// The signed-in landing page (FAQ 1.1): content for the user's topics and devices.
export default async function DashboardPage({ params, searchParams }: Props) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const user = await requireUser({ returnTo: "/dashboard" });
  // A migrated customer-area account checks its taken-over data first (FAQ 1.9).
  if (await needsProfileCompletion(user.id)) redirect(`/${locale}/account/complete-profile`);
  const query = await searchParams;
  const topic = typeof query.topic === "string" ? query.topic : undefined;
  const t = await getTranslations("dashboard");
  const ta = await getTranslations("account");
  const data = await loadDashboard(user.id, locale, topic);

  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <h1 className="text-2xl font-semibold text-slate-900">
          {ta("welcome", { name: `${user.firstName} ${user.lastName}` })}
        </h1>
        <p className="text-slate-600">{ta("dashboardIntro", { portalName: brand.portalName })}</p>
        {query.profileCompleted && (
          <Alert tone="success" live>
            {t("profileCompleted")}
          </Alert>
        )}
      </div>

      {!data.hasChoices ? (
        <section aria-labelledby="empty" className="rounded-xl border border-slate-200 bg-white p-6">
          <h2 id="empty" className="text-lg font-semibold text-slate-900">
            {t("emptyTitle")}
          </h2>
          <p className="mt-2 text-slate-600">{t("emptyText")}</p>
          <Link
            href="/account#interests"
            className="bg-brand-600 hover:bg-brand-700 mt-4 inline-flex rounded-md px-4 py-2 text-sm font-semibold text-white"
          >
            {t("chooseInterests")}
          </Link>
        </section>
      ) : (
        <>
          <div className="flex flex-wrap items-center justify-between gap-3">
            {data.topics.length > 0 && <TopicFilter topics={data.topics} current={topic} />}
            <Link href="/account#interests" className="text-brand-700 text-sm font-medium underline">
              {t("editInterests")}
            </Link>
          </div>
          <ContentSection id="events" title={t("events")} items={data.events} locale={locale} />
          <ContentSection id="updates" title={t("updates")} items={data.updates} locale={locale} />
          <ContentSection id="videos" title={t("videos")} items={data.videos} locale={locale} />
          <ContentSection id="articles" title={t("articles")} items={data.articles} locale={locale} />
          <ContentSection id="documents" title={t("documents")} items={data.documents} locale={locale} />
        </>
      )}
    </div>
  );
}
