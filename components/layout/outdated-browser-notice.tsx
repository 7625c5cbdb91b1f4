import { getTranslations } from "next-intl/server";

// Rendered on the server from the User-Agent, so it also reaches browsers that cannot run our JS.
export async function OutdatedBrowserNotice() {
  const t = await getTranslations("outdatedBrowser");
  return (
    <div
      role="note"
      aria-label={t("title")}
      className="border-b border-amber-300 bg-amber-50 px-4 py-3 text-center text-sm text-amber-900"
    >
      <strong className="font-semibold">{t("title")}.</strong> {t("body")}
    </div>
  );
}
