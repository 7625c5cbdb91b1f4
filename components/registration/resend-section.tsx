import { getMessages, getTranslations } from "next-intl/server";
import { ResendConfirmationForm } from "./resend-confirmation-form";
import { ResendWhenOpened } from "./resend-when-opened";

/**
 * The resend form with its strings, for server pages (check-inbox, expired link, resend page).
 * `whenOpened`: inside a folded <details>, load the form only once it is opened.
 */
export async function ResendSection({
  prefillFromRegistration = false,
  whenOpened = false,
}: {
  prefillFromRegistration?: boolean;
  whenOpened?: boolean;
}) {
  const t = await getTranslations("verifyEmail.resend");
  const messages = await getMessages();
  const props = {
    labels: { email: t("email"), submit: t("submit"), sending: t("sending"), done: t("done") },
    validation: messages.validation as Record<string, string>,
    prefillFromRegistration,
  };
  return whenOpened ? (
    <ResendWhenOpened {...props} loading={t("loading")} />
  ) : (
    <ResendConfirmationForm {...props} />
  );
}
