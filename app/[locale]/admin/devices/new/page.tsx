import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { asLocale } from "@/lib/i18n/routing";
import { requireStaff } from "@/lib/dal/staff-access";
import { listProducts } from "@/lib/dal/staff/device-registry";
import { PageTitle } from "@/components/admin/page-title";
import { DeviceForm } from "@/components/admin/device-form";
import { deviceFormLabels } from "@/components/admin/device-form-labels";
import { validationTexts } from "@/components/admin/labels";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: asLocale((await params).locale), namespace: "admin.deviceForm" });
  return { title: t("addTitle") };
}

export default async function NewDevicePage({ params }: Props) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const actor = await requireStaff();
  const t = await getTranslations("admin.deviceForm");
  return (
    <div className="space-y-6">
      <PageTitle title={t("addTitle")} intro={t("intro")} />
      <DeviceForm
        mode="create"
        initial={{ serial: "", product: "", company: "", domains: "" }}
        products={await listProducts({ actor })}
        next={`/${locale}/admin/devices?q={serial}`}
        labels={await deviceFormLabels()}
        validation={await validationTexts()}
      />
    </div>
  );
}
