import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

// Sign-in and registration entry points; replaced by the account menu once someone is signed in.
export async function HeaderAccount() {
  const t = await getTranslations("nav");
  return (
    <>
      <Link href="/login" className="hover:text-brand-700 text-slate-700">
        {t("signIn")}
      </Link>
      <Link
        href="/register"
        className="bg-brand-600 hover:bg-brand-700 rounded-md px-3 py-1.5 font-medium text-white"
      >
        {t("register")}
      </Link>
    </>
  );
}
