import { getMessages, getTranslations } from "next-intl/server";
import { db } from "@/lib/db";
import { removeDeviceAction } from "@/lib/actions/remove-device-action";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { AccountSection } from "./account-section";
import { AddDeviceForm } from "./add-device-form";

type Props = { userId: string; removed?: boolean };

export async function DevicesSection({ userId, removed }: Props) {
  const t = await getTranslations("account");
  const tr = await getTranslations("register");
  const validation = (await getMessages()).validation as Record<string, string>;
  const devices = await db.userDevice.findMany({
    where: { userId },
    orderBy: { addedAt: "asc" },
    select: { device: { select: { serial: true, product: { select: { name: true } } } } },
  });
  return (
    <AccountSection id="devices" title={t("devices.title")} intro={t("devices.intro")}>
      <div className="space-y-6">
        {removed && (
          <Alert tone="success" live>
            {t("devices.removed")}
          </Alert>
        )}
        {devices.length === 0 ? (
          <p className="text-sm text-slate-600">{t("devices.none")}</p>
        ) : (
          <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200">
            {devices.map(({ device }) => (
              <li key={device.serial} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
                <span>
                  <span className="font-mono font-semibold text-slate-900">{device.serial}</span>
                  <span className="ml-2 text-slate-600">{device.product.name}</span>
                </span>
                <form action={removeDeviceAction}>
                  <input type="hidden" name="serial" value={device.serial} />
                  <Button
                    type="submit"
                    variant="secondary"
                    aria-label={t("devices.removeLabel", { serial: device.serial })}
                  >
                    {t("devices.remove")}
                  </Button>
                </form>
              </li>
            ))}
          </ul>
        )}
        <AddDeviceForm
          validation={validation}
          text={{
            label: t("devices.add"),
            hint: tr("fields.serialHint"),
            submit: t("devices.addSubmit"),
            submitting: t("saving"),
            saved: t("devices.added"),
            formError: tr("formError"),
          }}
        />
      </div>
    </AccountSection>
  );
}
