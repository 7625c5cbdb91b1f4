import { absoluteUrl } from "@/lib/config";
import { defineEmail } from "../template";
import { EmailButton, EmailLayout, EmailText } from "./email-layout";

export type TakenEmailProps = { name: string; username: string; awaitingConfirmation: boolean };

/**
 * Sent to the owner of an address someone tried to register again (FAQ 1.3). The person who
 * submitted the form sees the same page as for a new address, so only the owner learns it is taken.
 */
export const registrationTakenEmail = defineEmail<TakenEmailProps>("registration.taken", (p, ctx) => {
  const { t, brand } = ctx;
  const pending = p.awaitingConfirmation;
  const url = absoluteUrl(`/${ctx.locale}/${pending ? "verify-email/resend" : "forgot-password"}`);
  return {
    subject: t("registrationEmail.taken.subject", { portalName: brand.portalName }),
    element: (
      <EmailLayout ctx={ctx} preview={t("registrationEmail.taken.preview")} name={p.name}>
        <EmailText>{t("registrationEmail.taken.intro", { portalName: brand.portalName })}</EmailText>
        <EmailText>{t("registrationEmail.username", { username: p.username })}</EmailText>
        <EmailText>
          {pending ? t("registrationEmail.taken.pending") : t("registrationEmail.taken.existing")}
        </EmailText>
        <EmailButton href={url}>
          {pending ? t("registrationEmail.taken.resendButton") : t("registrationEmail.taken.forgotButton")}
        </EmailButton>
        <EmailText>
          {t("registrationEmail.linkFallback")} {url}
        </EmailText>
        <EmailText>{t("registrationEmail.taken.notYou")}</EmailText>
      </EmailLayout>
    ),
  };
});
