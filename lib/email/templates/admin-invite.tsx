import { defineEmail } from "../template";
import { EmailButton, EmailLayout, EmailText } from "./email-layout";

// Sent by `npm run admin:create`: the single-use link with which a new administrator sets the
// first password (production has no default accounts).
export const adminInviteEmail = defineEmail<{ name: string; url: string; hours: number }>(
  "admin-invite",
  (props, ctx) => {
    const { t, brand } = ctx;
    return {
      subject: t("adminInvite.subject", { portalName: brand.portalName }),
      element: (
        <EmailLayout ctx={ctx} preview={t("adminInvite.preview")} name={props.name}>
          <EmailText>{t("adminInvite.body", { portalName: brand.portalName })}</EmailText>
          <EmailButton href={props.url}>{t("adminInvite.button")}</EmailButton>
          <EmailText>
            {t("adminInvite.expiry", { hours: props.hours, supportEmail: brand.supportEmail })}
          </EmailText>
        </EmailLayout>
      ),
    };
  },
);
