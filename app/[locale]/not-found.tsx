import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

export default async function NotFound() {
  const t = await getTranslations("notFound");
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <h1 className="text-3xl font-semibold">{t("title")}</h1>
      <p className="mt-4 text-slate-600">{t("text")}</p>
      <Link href="/" className="text-brand-700 mt-8 inline-block font-medium underline">
        {t("home")}
      </Link>
    </div>
  );
}
