import { absoluteUrl } from "@/lib/config";
import { defineEmail } from "../template";
import { EmailButton, EmailLayout, EmailText } from "./email-layout";
import { formatEmailTime } from "./format-time";

export type SecurityEvent =
  | "totpAdded"
  | "totpRemoved"
  | "passkeyAdded"
  | "passkeyRemoved"
  | "recoveryUsed"
  | "recoveryRegenerated"
  | "factorsRemoved"
  | "newBrowser";

type Props = { name: string; event: SecurityEvent; at: Date; device?: string };

// One notice for every change to how an account signs in, so an unexpected one is noticed. The
// button leads to the account's security section (second factors and signed-in browsers).
export const securityNoticeEmail = defineEmail<Props>("security-notice", (props, ctx) => {
  const { t, brand } = ctx;
  const k = `securityEmail.${props.event}` as const;
  return {
    subject: t(`${k}.subject`, { portalName: brand.portalName }),
    element: (
      <EmailLayout ctx={ctx} preview={t(`${k}.subject`, { portalName: brand.portalName })} name={props.name}>
        <EmailText>
          {t(`${k}.body`, { time: formatEmailTime(props.at, ctx.locale), device: props.device ?? "" })}
        </EmailText>
        <EmailText>{t("securityEmail.notYou", { supportEmail: brand.supportEmail })}</EmailText>
        <EmailButton href={absoluteUrl(`/${ctx.locale}/account#security`)}>
          {t("securityEmail.button")}
        </EmailButton>
      </EmailLayout>
    ),
  };
});
