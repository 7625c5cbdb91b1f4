import "server-only";
import { getTranslations } from "next-intl/server";

export async function deviceFormLabels() {
  const t = await getTranslations("admin.deviceForm");
  return {
    serial: t("serial"),
    serialHint: t("serialHint"),
    product: t("product"),
    choose: t("choose"),
    company: t("company"),
    companyHint: t("companyHint"),
    domains: t("domains"),
    domainsHint: t("domainsHint"),
    optional: t("optional"),
    save: t("save"),
    saving: t("saving"),
  };
}
