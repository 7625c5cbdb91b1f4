import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { brand } from "@/lib/config";
import { reviewNote } from "@/lib/registration/activation-rules";
import { HelpLink } from "@/components/help/help-link";
import { Alert } from "@/components/ui/alert";

type Props = { status: string; username: string; reason: string | null };

/** After confirmation: the account's state and what happens next (FAQ 1.2, 1.8, 2.2). */
export async function AccountState({ status, username, reason }: Props) {
  const t = await getTranslations("verifyEmail");
  const support = (chunks: ReactNode) => (
    <a className="underline" href={`mailto:${brand.supportEmail}`}>
      {chunks}
    </a>
  );
  const usernameLine = (
    <p>
      {t.rich("username", { username, b: (chunks) => <strong className="font-semibold">{chunks}</strong> })}
    </p>
  );

  if (status === "ACTIVE") {
    return (
      <div className="space-y-4">
        <Alert tone="success" title={t("active")}>
          {usernameLine}
        </Alert>
        <Link
          href="/login"
          className="bg-brand-600 hover:bg-brand-700 inline-flex rounded-md px-4 py-2 text-sm font-semibold text-white"
        >
          {t("signIn")}
        </Link>
      </div>
    );
  }
  if (status === "PENDING_REVIEW") {
    return (
      <div className="space-y-4">
        <Alert tone="info" title={t("review")}>
          <p>{t(`why.${reviewNote(reason)}`)}</p>
        </Alert>
        {usernameLine}
        <p>{t.rich("urgent", { supportEmail: brand.supportEmail, support })}</p>
        <HelpLink slug="registration-not-accepted" />
      </div>
    );
  }
  return <Alert tone="warning">{t.rich("unavailable", { supportEmail: brand.supportEmail, support })}</Alert>;
}
