import { getMessages, getTranslations } from "next-intl/server";
import { AccountSection } from "./account-section";
import { EmailChangeForm } from "./email-change-form";

export async function EmailChangeSection() {
  const t = await getTranslations("account.emailChange");
  const tr = await getTranslations("register");
  const validation = (await getMessages()).validation as Record<string, string>;
  return (
    <AccountSection id="email" title={t("title")} intro={t("intro")}>
      <EmailChangeForm
        validation={validation}
        text={{
          newEmail: t("newEmail"),
          password: t("password"),
          submit: t("submit"),
          submitting: t("submit"),
          sent: t.raw("sent") as string,
          formError: tr("formError"),
        }}
      />
    </AccountSection>
  );
}
