import { absoluteUrl } from "@/lib/config";
import { defineEmail } from "../template";
import { EmailButton, EmailLayout, EmailText } from "./email-layout";

export type ReviewNote = "freeMail" | "domain" | "device";

/** After confirmation: the account is active; how to sign in (FAQ 1.2, 2.2). */
export const registrationActivatedEmail = defineEmail<{ name: string; username: string }>(
  "registration.activated",
  (p, ctx) => {
    const { t, brand } = ctx;
    return {
      subject: t("registrationEmail.activated.subject", { portalName: brand.portalName }),
      element: (
        <EmailLayout ctx={ctx} preview={t("registrationEmail.activated.preview")} name={p.name}>
          <EmailText>{t("registrationEmail.activated.intro", { portalName: brand.portalName })}</EmailText>
          <EmailText>{t("registrationEmail.username", { username: p.username })}</EmailText>
          <EmailButton href={absoluteUrl(`/${ctx.locale}/login`)}>
            {t("registrationEmail.activated.button")}
          </EmailButton>
        </EmailLayout>
      ),
    };
  },
);

/** After confirmation: staff verify the registration by hand; why, and what happens next (FAQ 1.8). */
export const registrationReviewEmail = defineEmail<{ name: string; username: string; note: ReviewNote }>(
  "registration.review",
  (p, ctx) => {
    const { t, brand } = ctx;
    return {
      subject: t("registrationEmail.review.subject", { portalName: brand.portalName }),
      element: (
        <EmailLayout ctx={ctx} preview={t("registrationEmail.review.preview")} name={p.name}>
          <EmailText>{t("registrationEmail.review.intro")}</EmailText>
          <EmailText>{t(`registrationEmail.review.why.${p.note}`)}</EmailText>
          <EmailText>{t("registrationEmail.review.next", { supportEmail: brand.supportEmail })}</EmailText>
          <EmailText>{t("registrationEmail.username", { username: p.username })}</EmailText>
        </EmailLayout>
      ),
    };
  },
);
