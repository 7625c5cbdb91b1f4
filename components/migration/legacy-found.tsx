import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { brand } from "@/lib/config";
import { Alert } from "@/components/ui/alert";

type Props = { username: string; locale: string };

/** After confirming the address of an old customer-area account (FAQ 1.9): on to the profile. */
export async function LegacyFound({ username, locale }: Props) {
  const t = await getTranslations("migration");
  const next = encodeURIComponent(`/${locale}/account/complete-profile`);
  return (
    <div className="space-y-4">
      <Alert tone="success" title={t("foundTitle")}>
        <p>{t("foundText", { portalName: brand.portalName })}</p>
      </Alert>
      <p className="text-slate-700">
        {t.rich("username", { username, b: (chunks) => <strong className="font-semibold">{chunks}</strong> })}
      </p>
      <Link
        href={`/login?callbackUrl=${next}`}
        className="bg-brand-600 hover:bg-brand-700 inline-flex rounded-md px-4 py-2 text-sm font-semibold text-white"
      >
        {t("continue")}
      </Link>
    </div>
  );
}
