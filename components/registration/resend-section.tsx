import { getMessages, getTranslations } from "next-intl/server";
import { ResendConfirmationForm } from "./resend-confirmation-form";

/** The resend form with its strings, for server pages (check-inbox, expired link, resend page). */
export async function ResendSection({
  prefillFromRegistration = false,
}: {
  prefillFromRegistration?: boolean;
}) {
  const t = await getTranslations("verifyEmail.resend");
  const messages = await getMessages();
  return (
    <ResendConfirmationForm
      labels={{ email: t("email"), submit: t("submit"), sending: t("sending"), done: t("done") }}
      validation={messages.validation as Record<string, string>}
      prefillFromRegistration={prefillFromRegistration}
    />
  );
}
