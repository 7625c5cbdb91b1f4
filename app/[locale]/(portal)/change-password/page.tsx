import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { asLocale } from "@/lib/i18n/routing";
import { requireUser } from "@/lib/dal/session";
import { AuthCard } from "@/components/ui/card";
import { PasswordForm } from "@/components/auth/password-form";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: asLocale((await params).locale), namespace: "changePassword" });
  return { title: t("forced.metaTitle") };
}

// Where requireUser() sends anyone whose password was assigned by customer care (FAQ 2.5).
export default async function ForcedPasswordChangePage({ params }: Props) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const user = await requireUser({ returnTo: "/change-password", allowPendingPasswordChange: true });
  if (!user.mustChangePassword) redirect(`/${locale}/account`);
  const t = await getTranslations("changePassword");
  const validation = (await getMessages()).validation as Record<string, string>;

  return (
    <AuthCard title={t("forced.title")} intro={t("forced.intro")}>
      <PasswordForm
        mode="forced"
        username={user.username}
        labels={{
          password: t("password"),
          passwordHint: t("passwordHint"),
          confirm: t("confirm"),
          submit: t("submit"),
          submitting: t("submitting"),
        }}
        validation={validation}
      />
    </AuthCard>
  );
}
