import { getFormatter, getTranslations } from "next-intl/server";
import { listActiveSessions } from "@/lib/security/sessions";
import { deviceLabel } from "@/lib/security/user-agent";
import { endUserSessionAction } from "@/lib/actions/end-user-session-action";
import { signOutUserEverywhereAction } from "@/lib/actions/sign-out-user-everywhere-action";
import { UserActionDialog } from "./user-action-dialog";
import { userActionLabels, validationTexts } from "./labels";
import { Section } from "./section";
import { ActionStatusRegion } from "./action-status";

type Props = { userId: string; mayManage: boolean };

/** The account's signed-in browsers; staff who may manage it end one of them or all, confirmed. */
export async function UserSessions({ userId, mayManage }: Props) {
  const t = await getTranslations("admin.user");
  // The account page's wording for one session fits here too (browser, times, address).
  const ts = await getTranslations("security.sessions");
  const format = await getFormatter();
  const sessions = await listActiveSessions(userId);
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  const validation = await validationTexts();
  const endLabels = await userActionLabels("endSession");

  return (
    <Section title={t("browsers")}>
      <p className="text-sm text-slate-600">{sessions.length ? t("browsersIntro") : t("noBrowsers")}</p>
      <ActionStatusRegion>
        {sessions.length > 0 && (
          <ul
            aria-label={t("browsers")}
            className="mt-3 divide-y divide-slate-200 rounded-lg border border-slate-200"
          >
            {sessions.map((s) => {
              const device = deviceLabel(s.device, ts("unknownDevice"));
              return (
                <li key={s.id} className="flex flex-wrap items-start justify-between gap-3 p-3">
                  <div className="text-sm">
                    <p className="font-medium text-slate-900">{device}</p>
                    <p className="text-slate-600">{ts("signedIn", { time: when(s.createdAt) })}</p>
                    <p className="text-slate-600">{ts("lastActive", { time: when(s.lastSeenAt) })}</p>
                    {s.ip && <p className="text-slate-600">{ts("address", { ip: s.ip })}</p>}
                  </div>
                  {mayManage && (
                    <div className="space-y-1">
                      <UserActionDialog
                        kind="reason"
                        userId={userId}
                        action={endUserSessionAction}
                        extra={{ sessionId: s.id }}
                        labels={{ ...endLabels, open: t("endBrowser", { device }) }}
                        validation={validation}
                      />
                    </div>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </ActionStatusRegion>
      {mayManage && (
        <div className="mt-4 space-y-1">
          <UserActionDialog
            kind="reason"
            userId={userId}
            action={signOutUserEverywhereAction}
            labels={await userActionLabels("signOut")}
            validation={validation}
          />
        </div>
      )}
    </Section>
  );
}
