import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

/**
 * Filters as a plain GET form: the address holds them, so a filtered list can be shared and works
 * without JavaScript. Submitting starts again at page 1 (the form has no page field).
 */
export async function FilterForm({
  path,
  label,
  children,
}: {
  path: string;
  label: string;
  children: ReactNode;
}) {
  const t = await getTranslations("admin.filters");
  return (
    <form
      method="get"
      role="search"
      aria-label={label}
      className="rounded-lg border border-slate-200 bg-white p-4"
    >
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">{children}</div>
      <div className="mt-4 flex flex-wrap gap-3">
        <button
          type="submit"
          className="bg-brand-600 hover:bg-brand-700 rounded-md px-4 py-2 text-sm font-semibold text-white"
        >
          {t("apply")}
        </button>
        <Link
          href={path}
          className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-800 hover:bg-slate-50"
        >
          {t("reset")}
        </Link>
      </div>
    </form>
  );
}
