import { absoluteUrl } from "@/lib/config";
import { defineEmail } from "../template";
import { EmailButton, EmailLayout, EmailText } from "./email-layout";

// Customer care resending the confirmation link (FAQ 1.6). The registration's own confirmation
// e-mail says the same; at merge this template gives way to it.
export const staffConfirmEmail = defineEmail<{ name: string; token: string }>(
  "staff-confirm-email",
  (props, ctx) => {
    const { t, brand } = ctx;
    return {
      subject: t("staffEmail.confirmEmail.subject", { portalName: brand.portalName }),
      element: (
        <EmailLayout ctx={ctx} preview={t("staffEmail.confirmEmail.preview")} name={props.name}>
          <EmailText>{t("staffEmail.confirmEmail.body", { portalName: brand.portalName })}</EmailText>
          <EmailButton
            href={absoluteUrl(`/${ctx.locale}/verify-email?token=${encodeURIComponent(props.token)}`)}
          >
            {t("staffEmail.confirmEmail.button")}
          </EmailButton>
          <EmailText>{t("staffEmail.confirmEmail.validity", { days: 14 })}</EmailText>
        </EmailLayout>
      ),
    };
  },
);
