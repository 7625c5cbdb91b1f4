import { getMessages, getTranslations } from "next-intl/server";

/** The resend form's strings, read on the server. */
export async function resendFormProps(prefillFromRegistration: boolean) {
  const t = await getTranslations("verifyEmail.resend");
  const messages = await getMessages();
  return {
    labels: { email: t("email"), submit: t("submit"), sending: t("sending"), done: t("done") },
    validation: messages.validation as Record<string, string>,
    prefillFromRegistration,
    loading: t("loading"),
  };
}
