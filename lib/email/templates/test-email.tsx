import { absoluteUrl } from "@/lib/config";
import { defineEmail } from "../template";
import { EmailButton, EmailLayout, EmailText } from "./email-layout";

export const testEmail = defineEmail<{ name?: string }>("test", (props, ctx) => {
  const { t, brand } = ctx;
  return {
    subject: t("email.test.subject", { portalName: brand.portalName }),
    element: (
      <EmailLayout ctx={ctx} preview={t("email.test.preview")} name={props.name}>
        <EmailText>{t("email.test.body")}</EmailText>
        <EmailButton href={absoluteUrl(`/${ctx.locale}`)}>{t("email.test.button")}</EmailButton>
      </EmailLayout>
    ),
  };
});
