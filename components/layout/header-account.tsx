import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { getCurrentUser } from "@/lib/dal/session";
import { signOutAction } from "@/lib/actions/sign-out-action";
import { isStaffRole } from "@/lib/dal/staff/actor";

// Sign-in and registration entry points, or the account links and sign-out once signed in.
export async function HeaderAccount() {
  const t = await getTranslations("nav");
  const user = await getCurrentUser();
  if (user) {
    const ta = await getTranslations("admin.nav");
    // Someone who must first replace a temporary password only gets the way out.
    return (
      <>
        {!user.mustChangePassword && (
          <>
            {isStaffRole(user.role) && (
              <Link href="/admin" className="hover:text-brand-700 font-medium text-slate-700">
                {ta("label")}
              </Link>
            )}
            <Link href="/dashboard" className="hover:text-brand-700 text-slate-700">
              {t("dashboard")}
            </Link>
            <Link href="/account" className="hover:text-brand-700 text-slate-700">
              {t("account")}
            </Link>
          </>
        )}
        <form action={signOutAction}>
          <button
            type="submit"
            className="hover:text-brand-700 rounded-md border border-slate-300 px-3 py-1.5 font-medium text-slate-700"
          >
            {t("signOut")}
          </button>
        </form>
      </>
    );
  }
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
