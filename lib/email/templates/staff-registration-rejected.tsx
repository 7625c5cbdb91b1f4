import type { RejectionReason } from "@/lib/validations/staff";
import { defineEmail } from "../template";
import { EmailLayout, EmailText } from "./email-layout";

/** Sent when staff reject a registration: the reason in the customer's language, and whom to ask. */
export const registrationRejectedEmail = defineEmail<{
  name: string;
  reason: RejectionReason;
  note?: string | null;
}>("staff-registration-rejected", (props, ctx) => {
  const { t, brand } = ctx;
  return {
    subject: t("staffEmail.rejected.subject", { portalName: brand.portalName }),
    element: (
      <EmailLayout ctx={ctx} preview={t("staffEmail.rejected.preview")} name={props.name}>
        <EmailText>{t("staffEmail.rejected.body", { portalName: brand.portalName })}</EmailText>
        <EmailText>{t(`staffEmail.rejectionReasons.${props.reason}`)}</EmailText>
        {props.note && <EmailText>{t("staffEmail.rejected.note", { note: props.note })}</EmailText>}
        <EmailText>{t("staffEmail.rejected.contact", { supportEmail: brand.supportEmail })}</EmailText>
      </EmailLayout>
    ),
  };
});
