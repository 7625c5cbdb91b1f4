import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { asLocale } from "@/lib/i18n/routing";
import { requireStaff } from "@/lib/dal/staff-access";
import { segment } from "@/lib/dal/staff/search-params";
import { getDevice, listProducts } from "@/lib/dal/staff/device-registry";
import { PageTitle } from "@/components/admin/page-title";
import { DeviceForm } from "@/components/admin/device-form";
import { deviceFormLabels } from "@/components/admin/device-form-labels";
import { validationTexts } from "@/components/admin/labels";

type Props = { params: Promise<{ locale: string; serial: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, serial } = await params;
  const t = await getTranslations({ locale: asLocale(locale), namespace: "admin.deviceForm" });
  return { title: t("editTitle", { serial: serial.slice(0, 12) }) };
}

export default async function EditDevicePage({ params }: Props) {
  const { locale: raw, serial } = await params;
  const locale = asLocale(raw);
  setRequestLocale(locale);
  const actor = await requireStaff();
  const device = await getDevice({ actor, serial: segment(serial, 20) });
  if (!device) notFound();
  const t = await getTranslations("admin.deviceForm");
  return (
    <div className="space-y-6">
      <PageTitle
        title={t("editTitle", { serial: device.serial })}
        intro={t("editIntro", { count: device.users })}
      />
      <DeviceForm
        mode="update"
        initial={{
          serial: device.serial,
          product: device.product.slug,
          company: device.company ?? "",
          domains: device.domains.join(" "),
        }}
        products={await listProducts({ actor })}
        next={`/${locale}/admin/devices?q={serial}`}
        labels={await deviceFormLabels()}
        validation={await validationTexts()}
      />
    </div>
  );
}
