import { absoluteUrl } from "@/lib/config";
import { defineEmail } from "../template";
import { EmailButton, EmailLayout, EmailText } from "./email-layout";
import { formatDeadline } from "./format-deadline";

export type ReminderEmailProps = { name: string; username: string; token: string; expiresAt: string };

/** Day 7 and day 13 of an unconfirmed registration: a fresh link with the same deadline. */
export const registrationReminderEmail = defineEmail<ReminderEmailProps>(
  "registration.reminder",
  (p, ctx) => {
    const { t, brand } = ctx;
    const url = absoluteUrl(`/${ctx.locale}/verify-email?token=${encodeURIComponent(p.token)}`);
    const deadline = formatDeadline(p.expiresAt, ctx.locale);
    return {
      subject: t("registrationEmail.reminder.subject", { portalName: brand.portalName }),
      element: (
        <EmailLayout ctx={ctx} preview={t("registrationEmail.reminder.preview", { deadline })} name={p.name}>
          <EmailText>{t("registrationEmail.reminder.intro", { portalName: brand.portalName })}</EmailText>
          <EmailButton href={url}>{t("registrationEmail.confirm.button")}</EmailButton>
          <EmailText>{t("registrationEmail.reminder.deadline", { deadline })}</EmailText>
          <EmailText>
            {t("registrationEmail.linkFallback")} {url}
          </EmailText>
          <EmailText>{t("registrationEmail.username", { username: p.username })}</EmailText>
          <EmailText>{t("registrationEmail.confirm.notYou")}</EmailText>
        </EmailLayout>
      ),
    };
  },
);
