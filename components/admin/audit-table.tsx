import { getFormatter, getTranslations } from "next-intl/server";
import type { AuditRow } from "@/lib/dal/staff/audit-log";

/** Audit entries: when, what, who, whom, from where, and the details as recorded. */
export async function AuditTable({ entries, caption }: { entries: AuditRow[]; caption: string }) {
  const t = await getTranslations("admin.audit");
  const format = await getFormatter();
  if (entries.length === 0) return <p className="text-sm text-slate-600">{t("empty")}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="text-xs tracking-wide text-slate-600 uppercase">
          <tr>
            <th scope="col" className="py-2 pr-4">
              {t("at")}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t("action")}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t("actor")}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t("target")}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t("ip")}
            </th>
            <th scope="col" className="py-2">
              {t("details")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 align-top">
          {entries.map((e) => (
            <tr key={e.id}>
              <td className="py-2 pr-4 whitespace-nowrap">
                {format.dateTime(e.at, { dateStyle: "short", timeStyle: "medium" })}
              </td>
              <td className="py-2 pr-4 font-mono text-xs">{e.action}</td>
              <td className="py-2 pr-4">{e.actorEmail ?? e.actorId ?? "—"}</td>
              <td className="py-2 pr-4">{e.targetEmail ?? e.targetId ?? "—"}</td>
              <td className="py-2 pr-4 font-mono text-xs">{e.ip ?? "—"}</td>
              <td className="max-w-md py-2 font-mono text-xs break-words text-slate-700">
                {e.details ? JSON.stringify(e.details) : ""}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
