import { getFormatter, getMessages, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { brand } from "@/lib/config";
import { db } from "@/lib/db";
import { lookupToken } from "@/lib/tokens";
import { AuthCard } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { HelpLink } from "@/components/help/help-link";
import { PasswordForm } from "./password-form";
import { supportLink } from "./support-link";

type Props = {
  /** Texts: resetPassword or setPassword (the same keys). */
  namespace: "resetPassword" | "setPassword";
  purpose: "PASSWORD_RESET" | "SET_PASSWORD";
  mode: "reset" | "set";
  token: string | string[] | undefined;
  /** Values for the `expired.text` message, e.g. the link's lifetime. */
  lifetime: Record<string, number>;
  /** Where the "sign in" link of the done panel leads. */
  signInHref: string;
};

const buttonLink =
  "bg-brand-600 hover:bg-brand-700 inline-flex rounded-md px-4 py-2 text-sm font-semibold text-white";

/**
 * A page opened from a single-use e-mail link to choose a password (reset, or the first one of an
 * account created by an administrator): the form while the link is valid, otherwise what went
 * wrong and how to get a new link (the forgot-password page serves both).
 */
export async function LinkPasswordPage({ namespace, purpose, mode, token, lifetime, signInHref }: Props) {
  const t = await getTranslations(namespace);
  const found = await lookupToken(token, purpose);

  const requestNew = (
    <Link href="/forgot-password" className={buttonLink}>
      {t("requestNew")}
    </Link>
  );

  if (found.state !== "valid") {
    const text =
      found.state === "used"
        ? t.rich("used.text", { supportEmail: brand.supportEmail, support: supportLink })
        : t(`${found.state}.text`, lifetime);
    return (
      <AuthCard title={t(`${found.state}.title`)}>
        <div className="space-y-5">
          <p className="text-slate-700">{text}</p>
          {requestNew}
          <div>
            <HelpLink slug="reset-link-broken" />
          </div>
        </div>
      </AuthCard>
    );
  }

  const user = await db.user.findUniqueOrThrow({
    where: { id: found.userId },
    select: { email: true, username: true },
  });
  const format = await getFormatter();
  const validUntil = `${format.dateTime(found.expiresAt, { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" })} UTC`;
  const validation = (await getMessages()).validation as Record<string, string>;

  return (
    <AuthCard
      title={t("title")}
      intro={
        <>
          <p>{t("intro", { email: user.email })}</p>
          <p className="mt-1 text-sm">{t("validUntil", { time: validUntil })}</p>
        </>
      }
    >
      <PasswordForm
        mode={mode}
        token={token as string}
        username={user.username}
        labels={{
          password: t("password"),
          passwordHint: t("passwordHint"),
          confirm: t("confirm"),
          submit: t("submit"),
          submitting: t("submitting"),
        }}
        validation={validation}
        donePanel={
          <Alert tone="success" title={t("doneTitle")} live>
            <p>{t("doneText")}</p>
            <Link href={signInHref} className="mt-3 inline-block font-semibold underline">
              {t("signIn")}
            </Link>
          </Alert>
        }
        requestNewLink={<div className="mt-3">{requestNew}</div>}
      />
    </AuthCard>
  );
}
