import { absoluteUrl } from "@/lib/config";
import { defineEmail } from "../template";
import { EmailButton, EmailLayout, EmailText } from "./email-layout";
import { formatEmailTime } from "./format-time";

type Props = { name: string; username: string; changedAt: Date };

// Sent after every password change or reset, so an unexpected one is noticed.
export const passwordChangedEmail = defineEmail<Props>("password-changed", (props, ctx) => {
  const { t, brand } = ctx;
  return {
    subject: t("signinEmail.passwordChanged.subject", { portalName: brand.portalName }),
    element: (
      <EmailLayout ctx={ctx} preview={t("signinEmail.passwordChanged.preview")} name={props.name}>
        <EmailText>
          {t("signinEmail.passwordChanged.body", {
            username: props.username,
            time: formatEmailTime(props.changedAt, ctx.locale),
          })}
        </EmailText>
        <EmailText>{t("signinEmail.passwordChanged.notYou", { supportEmail: brand.supportEmail })}</EmailText>
        <EmailButton href={absoluteUrl(`/${ctx.locale}/forgot-password`)}>
          {t("signinEmail.passwordChanged.button")}
        </EmailButton>
      </EmailLayout>
    ),
  };
});
