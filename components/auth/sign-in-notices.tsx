import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { brand } from "@/lib/config";
import { Alert } from "@/components/ui/alert";
import { HelpLink } from "@/components/help/help-link";
import type { SignInNotice } from "@/lib/actions/sign-in-action";
import { supportLink } from "./support-link";

/** What someone with a correct password but an account that is not active reads (FAQ 1.6, 1.8). */
export async function signInNotices(): Promise<Record<SignInNotice, React.ReactNode>> {
  const t = await getTranslations("login.notices");
  const supportEmail = brand.supportEmail;
  return {
    pending_email: (
      <Alert tone="warning" title={t("pendingEmail.title")}>
        <p>{t("pendingEmail.text")}</p>
        <Link href="/verify-email/resend" className="mt-2 inline-block font-semibold underline">
          {t("pendingEmail.resend")}
        </Link>
      </Alert>
    ),
    pending_review: (
      <Alert tone="info" title={t("pendingReview.title")}>
        <p>{t.rich("pendingReview.text", { supportEmail, support: supportLink })}</p>
        <HelpLink slug="registration-not-accepted" className="mt-2" />
      </Alert>
    ),
    contact_support: (
      <Alert tone="error" title={t("contactSupport.title")}>
        <p>{t.rich("contactSupport.text", { supportEmail, support: supportLink })}</p>
      </Alert>
    ),
  };
}
