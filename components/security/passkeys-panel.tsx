import { getFormatter, getMessages, getTranslations } from "next-intl/server";
import { db } from "@/lib/db";
import type { RecoveryCodesLabels } from "./recovery-codes-list";
import { AddPasskeyForm } from "./add-passkey-form";
import { RemoveFactorForm } from "./remove-factor-form";

type Props = { userId: string; locale: string; codesLabels: RecoveryCodesLabels };

/** The account's passkeys (name, added, last used), each removable after the password; add one. */
export async function PasskeysPanel({ userId, locale, codesLabels }: Props) {
  const t = await getTranslations("security");
  const format = await getFormatter();
  const validation = (await getMessages()).validation as Record<string, string>;
  const passkeys = await db.passkey.findMany({
    where: { userId },
    orderBy: { createdAt: "asc" },
    select: { id: true, name: true, createdAt: true, lastUsedAt: true },
  });
  const date = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  return (
    <div className="space-y-3">
      <h3 className="font-semibold text-slate-900">{t("passkeys.title")}</h3>
      <p className="text-sm text-slate-600">{t("passkeys.intro")}</p>
      {passkeys.length === 0 ? (
        <p className="text-sm text-slate-700">{t("passkeys.none")}</p>
      ) : (
        <ul
          aria-label={t("passkeys.listLabel")}
          className="divide-y divide-slate-200 rounded-lg border border-slate-200"
        >
          {passkeys.map((p) => (
            <li key={p.id} className="space-y-2 p-3 text-sm">
              <p className="font-medium text-slate-900">{p.name}</p>
              <p className="text-slate-600">{t("passkeys.created", { date: date(p.createdAt) })}</p>
              <p className="text-slate-600">
                {p.lastUsedAt
                  ? t("passkeys.lastUsed", { date: date(p.lastUsedAt) })
                  : t("passkeys.neverUsed")}
              </p>
              <details>
                <summary className="cursor-pointer font-medium text-slate-800">
                  {t("passkeys.removeTitle", { name: p.name })}
                </summary>
                <div className="mt-2">
                  <RemoveFactorForm
                    factor={{ kind: "passkey", passkeyId: p.id }}
                    labels={{
                      password: t("passkeys.password"),
                      remove: t("passkeys.remove"),
                      removing: t("passkeys.removing"),
                    }}
                    validation={validation}
                  />
                </div>
              </details>
            </li>
          ))}
        </ul>
      )}
      <AddPasskeyForm
        labels={{
          name: t("passkeys.name"),
          nameHint: t("passkeys.nameHint"),
          add: t("passkeys.add"),
          adding: t("passkeys.adding"),
          added: t("passkeys.added"),
          failed: t("passkeys.addFailed"),
          continue: t("enrol.continue"),
        }}
        codesLabels={codesLabels}
        validation={validation}
        doneHref={`/${locale}/account?passkeyAdded=1#security`}
      />
    </div>
  );
}
