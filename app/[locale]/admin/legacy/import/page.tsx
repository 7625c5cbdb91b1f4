import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { asLocale } from "@/lib/i18n/routing";
import { requireAdmin } from "@/lib/dal/staff-access";
import { importLegacyAccountsAction } from "@/lib/actions/import-legacy-accounts-action";
import { MAX_IMPORT_BYTES } from "@/lib/actions/import-file";
import { PageTitle } from "@/components/admin/page-title";
import { ImportForm } from "@/components/admin/import-form";
import { importLabels } from "@/components/admin/labels";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: asLocale((await params).locale), namespace: "admin.legacy" });
  return { title: t("importTitle") };
}

export default async function ImportLegacyPage({ params }: Props) {
  setRequestLocale(asLocale((await params).locale));
  await requireAdmin();
  const t = await getTranslations("admin.legacy");
  return (
    <div className="space-y-6">
      <PageTitle title={t("importTitle")} intro={t("importIntro")} />
      <ImportForm
        action={importLegacyAccountsAction}
        accept=".csv,.json,text/csv,application/json"
        maxBytes={MAX_IMPORT_BYTES}
        labels={await importLabels("legacy")}
      />
    </div>
  );
}
