import { absoluteUrl } from "@/lib/config";
import { defineEmail } from "../template";
import { EmailButton, EmailLayout, EmailText } from "./email-layout";

// E-mails about changes the user makes on the account page (accountEmail namespace).

type ChangeProps = { name: string; username: string; token: string };

/** To the new address: the link that makes the change take effect. */
export const emailChangeConfirmEmail = defineEmail<ChangeProps>("account.email-change", (p, ctx) => {
  const { t, brand } = ctx;
  const url = absoluteUrl(`/${ctx.locale}/account/confirm-email?token=${encodeURIComponent(p.token)}`);
  return {
    subject: t("accountEmail.emailChange.subject", { portalName: brand.portalName }),
    element: (
      <EmailLayout ctx={ctx} preview={t("accountEmail.emailChange.preview")} name={p.name}>
        <EmailText>{t("accountEmail.emailChange.body", { username: p.username })}</EmailText>
        <EmailButton href={url}>{t("accountEmail.emailChange.button")}</EmailButton>
        <EmailText>
          {t("registrationEmail.linkFallback")} {url}
        </EmailText>
        <EmailText>{t("accountEmail.emailChange.notYou")}</EmailText>
      </EmailLayout>
    ),
  };
});

type NoticeProps = { name: string; username: string; newEmail: string };

/** To the old address when a change is requested: nothing happens until the new one confirms. */
export const emailChangeNoticeEmail = defineEmail<NoticeProps>("account.email-change-notice", (p, ctx) => {
  const { t, brand } = ctx;
  return {
    subject: t("accountEmail.emailChangeNotice.subject", { portalName: brand.portalName }),
    element: (
      <EmailLayout ctx={ctx} preview={t("accountEmail.emailChangeNotice.preview")} name={p.name}>
        <EmailText>
          {t("accountEmail.emailChangeNotice.body", { username: p.username, newEmail: p.newEmail })}
        </EmailText>
        <EmailText>
          {t("accountEmail.emailChangeNotice.notYou", { supportEmail: brand.supportEmail })}
        </EmailText>
      </EmailLayout>
    ),
  };
});

/** To the old address once the change took effect. */
export const emailChangedEmail = defineEmail<NoticeProps>("account.email-changed", (p, ctx) => {
  const { t, brand } = ctx;
  return {
    subject: t("accountEmail.emailChanged.subject", { portalName: brand.portalName }),
    element: (
      <EmailLayout ctx={ctx} preview={t("accountEmail.emailChanged.preview")} name={p.name}>
        <EmailText>
          {t("accountEmail.emailChanged.body", { username: p.username, newEmail: p.newEmail })}
        </EmailText>
        <EmailText>{t("accountEmail.emailChanged.notYou", { supportEmail: brand.supportEmail })}</EmailText>
      </EmailLayout>
    ),
  };
});

type DeletedProps = { name: string; username: string };

/** The last e-mail: the account and its personal data are gone. */
export const accountDeletedEmail = defineEmail<DeletedProps>("account.deleted", (p, ctx) => {
  const { t, brand } = ctx;
  return {
    subject: t("accountEmail.accountDeleted.subject", { portalName: brand.portalName }),
    element: (
      <EmailLayout ctx={ctx} preview={t("accountEmail.accountDeleted.preview")} name={p.name}>
        <EmailText>{t("accountEmail.accountDeleted.body", { username: p.username })}</EmailText>
        <EmailText>{t("accountEmail.accountDeleted.notYou", { supportEmail: brand.supportEmail })}</EmailText>
      </EmailLayout>
    ),
  };
});
