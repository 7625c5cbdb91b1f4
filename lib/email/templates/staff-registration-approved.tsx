import { absoluteUrl } from "@/lib/config";
import { defineEmail } from "../template";
import { EmailButton, EmailLayout, EmailText } from "./email-layout";

/** Sent when staff approve a registration that waited for review. */
export const registrationApprovedEmail = defineEmail<{ name: string; username: string }>(
  "staff-registration-approved",
  (props, ctx) => {
    const { t, brand } = ctx;
    return {
      subject: t("staffEmail.approved.subject", { portalName: brand.portalName }),
      element: (
        <EmailLayout ctx={ctx} preview={t("staffEmail.approved.preview")} name={props.name}>
          <EmailText>{t("staffEmail.approved.body", { portalName: brand.portalName })}</EmailText>
          <EmailText>{t("staffEmail.approved.username", { username: props.username })}</EmailText>
          <EmailButton href={absoluteUrl(`/${ctx.locale}/login`)}>
            {t("staffEmail.approved.button")}
          </EmailButton>
        </EmailLayout>
      ),
    };
  },
);
