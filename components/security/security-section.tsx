import { getFormatter, getLocale, getMessages, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { brand } from "@/lib/config";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/dal/session";
import { secondFactorsOf } from "@/lib/security/factors";
import { Alert } from "@/components/ui/alert";
import { HelpLink } from "@/components/help/help-link";
import { RemoveFactorForm } from "./remove-factor-form";
import { RegenerateCodes } from "./regenerate-codes";
import { SessionsList } from "./sessions-list";
import { PasskeysPanel } from "./passkeys-panel";

type Flags = {
  totpRemoved?: boolean;
  sessionEnded?: boolean;
  othersEnded?: boolean;
  passkeyAdded?: boolean;
  passkeyRemoved?: boolean;
};

/** The account page's "Security" section: second factors, recovery codes, signed-in browsers. */
export async function SecuritySection({ user, flags = {} }: { user: CurrentUser; flags?: Flags }) {
  const locale = await getLocale();
  const t = await getTranslations("security");
  const format = await getFormatter();
  const validation = (await getMessages()).validation as Record<string, string>;
  const factors = await secondFactorsOf(user.id);
  const totp = factors.totp
    ? await db.totpFactor.findUnique({ where: { userId: user.id }, select: { confirmedAt: true } })
    : null;
  const codesLabels = {
    shownOnce: t("recovery.shownOnce"),
    listLabel: t("recovery.listLabel"),
    download: t("recovery.download"),
    fileHeading: t("recovery.fileHeading", { portalName: brand.portalName, username: user.username }),
  };
  const notice = flags.totpRemoved
    ? t("totp.removed")
    : flags.passkeyAdded
      ? t("passkeys.added")
      : flags.passkeyRemoved
        ? t("passkeys.removed")
        : flags.sessionEnded
          ? t("sessions.ended")
          : flags.othersEnded
            ? t("sessions.othersEnded")
            : undefined;

  return (
    <section aria-labelledby="security" className="rounded-xl border border-slate-200 bg-white p-6">
      <h2 id="security" className="text-lg font-semibold text-slate-900">
        {t("title")}
      </h2>
      <p className="mt-1 text-sm text-slate-600">{t("intro")}</p>
      <div className="mt-4 space-y-6">
        {notice && (
          <Alert tone="success" live>
            {notice}
          </Alert>
        )}
        <PasskeysPanel userId={user.id} locale={locale} codesLabels={codesLabels} />
        <div className="space-y-2">
          <h3 className="font-semibold text-slate-900">{t("totp.title")}</h3>
          {totp?.confirmedAt ? (
            <>
              <p className="text-sm text-slate-700">
                {t("totp.on", { date: format.dateTime(totp.confirmedAt, { dateStyle: "long" }) })}
              </p>
              <details className="rounded-lg border border-slate-200 p-3">
                <summary className="cursor-pointer text-sm font-medium text-slate-800">
                  {t("totp.removeTitle")}
                </summary>
                <div className="mt-3">
                  <RemoveFactorForm
                    factor={{ kind: "totp" }}
                    labels={{
                      password: t("totp.password"),
                      remove: t("totp.remove"),
                      removing: t("totp.removing"),
                    }}
                    validation={validation}
                  />
                </div>
              </details>
            </>
          ) : (
            <>
              <p className="text-sm text-slate-700">{t("totp.off")}</p>
              <Link
                href="/account/security/enrol"
                className="bg-brand-700 hover:bg-brand-800 inline-block rounded-md px-4 py-2 text-sm font-semibold text-white"
              >
                {t("totp.setUp")}
              </Link>
            </>
          )}
        </div>
        {(factors.totp || factors.passkeys > 0) && (
          <div className="space-y-2">
            <h3 className="font-semibold text-slate-900">{t("recovery.title")}</h3>
            <p className="text-sm text-slate-600">{t("recovery.intro")}</p>
            <p className="text-sm text-slate-700">{t("recovery.left", { count: factors.recoveryLeft })}</p>
            <RegenerateCodes
              labels={{
                regenerate: t("recovery.regenerate"),
                regenerating: t("recovery.regenerating"),
                hint: t("recovery.regenerateHint"),
              }}
              codesLabels={codesLabels}
            />
          </div>
        )}
        <SessionsList userId={user.id} currentSessionId={user.sessionId} />
        <ul className="space-y-1">
          <li>
            <HelpLink slug="passkeys" />
          </li>
          <li>
            <HelpLink slug="authenticator-app" />
          </li>
          <li>
            <HelpLink slug="active-sessions" />
          </li>
        </ul>
      </div>
    </section>
  );
}
