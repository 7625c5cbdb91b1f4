import { defineEmail } from "../template";
import { EmailButton, EmailLayout, EmailText } from "./email-layout";
import { formatEmailTime } from "./format-time";

type Props = { name: string; username: string; url: string; expiresAt: Date; minutes: number };

// FAQ 2.6: the text under the link says until when it works.
export const passwordResetEmail = defineEmail<Props>("password-reset", (props, ctx) => {
  const { t, brand } = ctx;
  return {
    subject: t("signinEmail.passwordReset.subject", { portalName: brand.portalName }),
    element: (
      <EmailLayout ctx={ctx} preview={t("signinEmail.passwordReset.preview")} name={props.name}>
        <EmailText>{t("signinEmail.passwordReset.body", { username: props.username })}</EmailText>
        <EmailButton href={props.url}>{t("signinEmail.passwordReset.button")}</EmailButton>
        <EmailText>
          {t("signinEmail.passwordReset.validUntil", {
            time: formatEmailTime(props.expiresAt, ctx.locale),
            minutes: props.minutes,
          })}
        </EmailText>
        <EmailText>{t("signinEmail.passwordReset.ignore")}</EmailText>
      </EmailLayout>
    ),
  };
});
