import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { asLocale } from "@/lib/i18n/routing";
import { Link } from "@/lib/i18n/navigation";
import { clientIp } from "@/lib/request-info";
import { confirmEmailChange } from "@/lib/account/email-change";
import { AuthCard } from "@/components/ui/card";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ token?: string | string[] }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({
    locale: asLocale((await params).locale),
    namespace: "account.emailChange",
  });
  return { title: t("title"), robots: { index: false } };
}

// The link from the e-mail to the new address; works in any browser, signed in or not. Every
// session ends with the change, so the next step is signing in with the new address.
export default async function ConfirmEmailChangePage({ params, searchParams }: Props) {
  setRequestLocale(asLocale((await params).locale));
  const t = await getTranslations("account.emailChange");
  const { token } = await searchParams;
  const result = await confirmEmailChange(typeof token === "string" ? token : undefined, await clientIp());
  const button =
    "bg-brand-600 hover:bg-brand-700 inline-flex rounded-md px-4 py-2 text-sm font-semibold text-white";
  if (result.ok) {
    return (
      <AuthCard title={t("confirmedTitle")} intro={t("confirmedText", { email: result.email })}>
        <Link href="/login" className={button}>
          {t("signIn")}
        </Link>
      </AuthCard>
    );
  }
  return (
    <AuthCard title={t("invalidTitle")} intro={t("invalidText")}>
      <Link href="/account#email" className={button}>
        {t("toAccount")}
      </Link>
    </AuthCard>
  );
}
