import { getTranslations } from "next-intl/server";
import type { StaffActor } from "@/lib/dal/staff/actor";
import type { UserDetail } from "@/lib/dal/staff/user-detail";
import type { FaqSlug } from "@/lib/help/faq-slugs";
import type { ActionResult } from "@/lib/actions/result";
import { changeUserEmailAction } from "@/lib/actions/change-user-email-action";
import { assignTemporaryPasswordAction } from "@/lib/actions/assign-temporary-password-action";
import { resendUserConfirmationAction } from "@/lib/actions/resend-user-confirmation-action";
import { confirmUserEmailAction } from "@/lib/actions/confirm-user-email-action";
import { unlockUserAction } from "@/lib/actions/unlock-user-action";
import { setUserDisabledAction } from "@/lib/actions/set-user-disabled-action";
import { removeUserFactorsAction } from "@/lib/actions/remove-user-factors-action";
import { changeUserRoleAction } from "@/lib/actions/change-user-role-action";
import { HelpLink } from "@/components/help/help-link";
import { DecisionButtons } from "./decision-buttons";
import { UserActionDialog } from "./user-action-dialog";
import { decisionLabels, userActionLabels, validationTexts, type UserActionKey } from "./labels";

type Props = { actor: StaffActor; user: UserDetail };

type Entry = {
  key: UserActionKey;
  kind: "reason" | "email" | "role" | "password";
  action: (input: never) => Promise<ActionResult<{ password?: string }>>;
  extra?: Record<string, unknown>;
  tone?: "primary" | "danger";
  help?: FaqSlug;
};

/** The support actions that apply to this account and this staff member, each confirmed. */
export async function UserActions({ actor, user }: Props) {
  const t = await getTranslations("admin.user");
  const self = actor.id === user.id;
  // Support acts on customer accounts only (the data layer enforces it too).
  const mayManage = actor.role === "ADMIN" || user.role === "CUSTOMER";
  const pendingEmail = user.status === "PENDING_EMAIL";
  const entries: Entry[] = mayManage
    ? [
        { key: "changeEmail", kind: "email", action: changeUserEmailAction, help: "no-access-to-email" },
        {
          key: "temporaryPassword",
          kind: "password",
          action: assignTemporaryPasswordAction,
          help: "no-reset-email",
        },
        ...(pendingEmail
          ? ([
              {
                key: "resendConfirmation",
                kind: "reason",
                action: resendUserConfirmationAction,
                help: "no-confirmation-email",
              },
              { key: "confirmEmail", kind: "reason", action: confirmUserEmailAction },
            ] as Entry[])
          : []),
        { key: "unlock", kind: "reason", action: unlockUserAction },
        // Signing out (one browser or all) sits with the list of browsers (UserSessions).
        ...(self
          ? []
          : ([
              {
                key: "removeFactors",
                kind: "reason",
                action: removeUserFactorsAction,
                tone: "danger",
                help: "lost-second-factor",
              },
              user.status === "DISABLED"
                ? { key: "enable", kind: "reason", action: setUserDisabledAction, extra: { disabled: false } }
                : {
                    key: "disable",
                    kind: "reason",
                    action: setUserDisabledAction,
                    extra: { disabled: true },
                    tone: "danger",
                  },
            ] as Entry[])),
        ...(actor.role === "ADMIN" && !self
          ? ([{ key: "changeRole", kind: "role", action: changeUserRoleAction }] as Entry[])
          : []),
      ]
    : [];
  const validation = await validationTexts();

  return (
    <aside
      aria-label={t("actions")}
      className="space-y-4 self-start rounded-lg border border-slate-200 bg-white p-5"
    >
      <h2 className="text-lg font-semibold text-slate-900">{t("actions")}</h2>
      {!mayManage && <p className="text-sm text-slate-600">{t("staffOnlyAdmins")}</p>}
      {user.status === "REJECTED" && (
        <div className="space-y-2">
          <p className="text-sm text-slate-700">{t("reopen")}</p>
          <DecisionButtons
            userIds={[user.id]}
            reopen
            showReject={false}
            labels={await decisionLabels()}
            validation={validation}
          />
        </div>
      )}
      <ul className="space-y-4">
        {await Promise.all(
          entries.map(async (e) => (
            <li key={e.key} className="space-y-1">
              <UserActionDialog
                kind={e.kind}
                userId={user.id}
                action={e.action}
                extra={e.extra}
                tone={e.tone}
                currentRole={user.role}
                labels={await userActionLabels(e.key)}
                validation={validation}
              />
              {e.help && <HelpLink slug={e.help} className="block" />}
            </li>
          )),
        )}
      </ul>
    </aside>
  );
}
