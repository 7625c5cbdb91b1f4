import { defineEmail } from "../template";
import { EmailLayout, EmailText } from "./email-layout";

/**
 * Tells the account holder that customer care set a temporary password (FAQ 2.5). The password
 * itself never goes into an e-mail: the staff member passes it on as agreed with the customer.
 */
export const temporaryPasswordNoticeEmail = defineEmail<{ name: string }>(
  "staff-temporary-password",
  (props, ctx) => {
    const { t, brand } = ctx;
    return {
      subject: t("staffEmail.temporaryPassword.subject", { portalName: brand.portalName }),
      element: (
        <EmailLayout ctx={ctx} preview={t("staffEmail.temporaryPassword.preview")} name={props.name}>
          <EmailText>{t("staffEmail.temporaryPassword.body")}</EmailText>
          <EmailText>
            {t("staffEmail.temporaryPassword.notYou", { supportEmail: brand.supportEmail })}
          </EmailText>
        </EmailLayout>
      ),
    };
  },
);
