import { absoluteUrl } from "@/lib/config";
import { defineEmail } from "../template";
import { EmailButton, EmailLayout, EmailText } from "./email-layout";

/** To the old address after customer care changed it (FAQ 2.4): a warning if nobody asked. */
export const emailChangedOldAddressEmail = defineEmail<{ name: string; newEmail: string }>(
  "staff-email-changed-old",
  (props, ctx) => {
    const { t, brand } = ctx;
    return {
      subject: t("staffEmail.emailChangedOld.subject", { portalName: brand.portalName }),
      element: (
        <EmailLayout ctx={ctx} preview={t("staffEmail.emailChangedOld.preview")} name={props.name}>
          <EmailText>{t("staffEmail.emailChangedOld.body", { newEmail: props.newEmail })}</EmailText>
          <EmailText>
            {t("staffEmail.emailChangedOld.notYou", { supportEmail: brand.supportEmail })}
          </EmailText>
        </EmailLayout>
      ),
    };
  },
);

/** To the new address: it now signs in, and "forgot password" sets a password. */
export const emailChangedNewAddressEmail = defineEmail<{ name: string; username: string }>(
  "staff-email-changed-new",
  (props, ctx) => {
    const { t, brand } = ctx;
    return {
      subject: t("staffEmail.emailChangedNew.subject", { portalName: brand.portalName }),
      element: (
        <EmailLayout ctx={ctx} preview={t("staffEmail.emailChangedNew.preview")} name={props.name}>
          <EmailText>{t("staffEmail.emailChangedNew.body", { portalName: brand.portalName })}</EmailText>
          <EmailText>{t("staffEmail.emailChangedNew.username", { username: props.username })}</EmailText>
          <EmailButton href={absoluteUrl(`/${ctx.locale}/forgot-password`)}>
            {t("staffEmail.emailChangedNew.button")}
          </EmailButton>
        </EmailLayout>
      ),
    };
  },
);
