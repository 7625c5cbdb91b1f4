import { absoluteUrl } from "@/lib/config";
import { defineEmail } from "../template";
import { EmailButton, EmailLayout, EmailText } from "./email-layout";
import { formatDeadline } from "./format-deadline";

export type ConfirmEmailProps = {
  name: string;
  username: string;
  token: string;
  expiresAt: string;
  /** The address belongs to an account of the old customer area (FAQ 1.9). */
  legacy?: boolean;
};

/** The link that confirms a new registration's address (FAQ 1.5), with its deadline. */
export const registrationConfirmEmail = defineEmail<ConfirmEmailProps>("registration.confirm", (p, ctx) => {
  const { t, brand } = ctx;
  const url = absoluteUrl(`/${ctx.locale}/verify-email?token=${encodeURIComponent(p.token)}`);
  const deadline = formatDeadline(p.expiresAt, ctx.locale);
  return {
    subject: t("registrationEmail.confirm.subject", { portalName: brand.portalName }),
    element: (
      <EmailLayout ctx={ctx} preview={t("registrationEmail.confirm.preview", { deadline })} name={p.name}>
        <EmailText>{t("registrationEmail.confirm.intro", { portalName: brand.portalName })}</EmailText>
        {p.legacy && <EmailText>{t("migration.email.found", { portalName: brand.portalName })}</EmailText>}
        <EmailButton href={url}>{t("registrationEmail.confirm.button")}</EmailButton>
        <EmailText>{t("registrationEmail.confirm.deadline", { deadline })}</EmailText>
        <EmailText>
          {t("registrationEmail.linkFallback")} {url}
        </EmailText>
        <EmailText>{t("registrationEmail.username", { username: p.username })}</EmailText>
        <EmailText>{t(p.legacy ? "migration.email.next" : "registrationEmail.confirm.next")}</EmailText>
        <EmailText>{t("registrationEmail.confirm.notYou")}</EmailText>
      </EmailLayout>
    ),
  };
});
