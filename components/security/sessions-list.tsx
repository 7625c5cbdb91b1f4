import { getFormatter, getTranslations } from "next-intl/server";
import { listActiveSessions } from "@/lib/security/sessions";
import { deviceLabel } from "@/lib/security/user-agent";
import { endSessionAction } from "@/lib/actions/end-session-action";
import { endOtherSessionsAction } from "@/lib/actions/end-other-sessions-action";
import { Button } from "@/components/ui/button";

/** Every signed-in browser of the account, this one marked, each with its own sign-out. */
export async function SessionsList({
  userId,
  currentSessionId,
}: {
  userId: string;
  currentSessionId: string;
}) {
  const t = await getTranslations("security.sessions");
  const format = await getFormatter();
  const sessions = await listActiveSessions(userId);
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  return (
    <div className="space-y-3">
      <h3 className="font-semibold text-slate-900">{t("title")}</h3>
      <p className="text-sm text-slate-600">{t("intro")}</p>
      <ul aria-label={t("title")} className="divide-y divide-slate-200 rounded-lg border border-slate-200">
        {sessions.map((s) => {
          const device = deviceLabel(s.device, t("unknownDevice"));
          const current = s.id === currentSessionId;
          return (
            <li key={s.id} className="flex flex-wrap items-center justify-between gap-3 p-3">
              <div className="text-sm">
                <p className="font-medium text-slate-900">
                  {device}
                  {current && (
                    <span className="ml-2 rounded bg-emerald-100 px-1.5 py-0.5 text-xs font-semibold text-emerald-800">
                      {t("thisDevice")}
                    </span>
                  )}
                </p>
                <p className="text-slate-600">{t("signedIn", { time: when(s.createdAt) })}</p>
                <p className="text-slate-600">{t("lastActive", { time: when(s.lastSeenAt) })}</p>
                {s.ip && <p className="text-slate-600">{t("address", { ip: s.ip })}</p>}
              </div>
              {!current && (
                <form action={endSessionAction}>
                  <input type="hidden" name="sessionId" value={s.id} />
                  <Button type="submit" variant="secondary" aria-label={t("endLabel", { device })}>
                    {t("end")}
                  </Button>
                </form>
              )}
            </li>
          );
        })}
      </ul>
      {sessions.length > 1 && (
        <form action={endOtherSessionsAction}>
          <Button type="submit" variant="secondary">
            {t("endOthers")}
          </Button>
        </form>
      )}
    </div>
  );
}
