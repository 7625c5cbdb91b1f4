import "server-only";
import { getTranslations } from "next-intl/server";
import { REJECTION_REASONS } from "@/lib/validations/staff";
import type { DecisionLabels } from "./decision-buttons";
import type { UserActionLabels } from "./user-action-dialog";
import type { ImportLabels } from "./import-form";
import type { ValidationTexts } from "@/components/auth/form-messages";

// Client components get their texts as props (no i18n runtime in the browser).

const VALIDATION_KEYS = [
  "required",
  "tooLong",
  "invalid",
  "emailInvalid",
  "emailTooLong",
  "serialFormat",
  "reasonRequired",
  "selectSomething",
  "tooMany",
  "rejectionReasonRequired",
  "rejectionNoteRequired",
] as const;

export async function validationTexts(): Promise<ValidationTexts> {
  const t = await getTranslations("validation");
  return Object.fromEntries(VALIDATION_KEYS.map((k) => [k, t(k)]));
}

export async function decisionLabels(): Promise<DecisionLabels> {
  const t = await getTranslations("admin.decision");
  const tr = await getTranslations("admin.rejectionReasons");
  return {
    approve: t("approve"),
    reject: t("reject"),
    approveTitle: t("approveTitle"),
    approveText: t("approveText"),
    rejectTitle: t("rejectTitle"),
    rejectText: t("rejectText"),
    reason: t("reason"),
    choose: t("choose"),
    note: t("note"),
    noteHint: t("noteHint"),
    optional: t("optional"),
    cancel: t("cancel"),
    working: t("working"),
    result: t.raw("result") as string,
    reasons: Object.fromEntries(REJECTION_REASONS.map((r) => [r, tr(r)])),
  };
}

export const USER_ACTIONS = [
  "changeEmail",
  "temporaryPassword",
  "resendConfirmation",
  "confirmEmail",
  "unlock",
  "disable",
  "enable",
  "signOut",
  "changeRole",
  "endSession",
  "removeFactors",
] as const;
export type UserActionKey = (typeof USER_ACTIONS)[number];

export async function userActionLabels(key: UserActionKey): Promise<UserActionLabels> {
  const t = await getTranslations("admin.actions");
  const ta = await getTranslations("admin");
  return {
    open: t(`${key}.open`),
    title: t(`${key}.title`),
    description: t(`${key}.description`),
    confirm: t(`${key}.confirm`),
    done: t(`${key}.done`),
    working: t("common.working"),
    cancel: t("common.cancel"),
    reason: t("common.reason"),
    reasonHint: t("common.reasonHint"),
    newEmail: t("changeEmail.newEmail"),
    role: t("changeRole.role"),
    roles: { CUSTOMER: ta("roles.CUSTOMER"), SUPPORT: ta("roles.SUPPORT"), ADMIN: ta("roles.ADMIN") },
    passwordTitle: t("temporaryPassword.passwordTitle"),
    passwordNote: t("temporaryPassword.passwordNote"),
    close: t("common.close"),
  };
}

const IMPORT_CODES = [
  "required",
  "tooLong",
  "invalid",
  "emailInvalid",
  "emailTooLong",
  "serialFormat",
  "productUnknown",
  "domainInvalid",
  "domainFreeMail",
  "domainsWithoutCompany",
  "duplicateInFile",
  "missingColumn",
  "fileEmpty",
  "unclosedQuote",
  "tooManyLines",
  "jsonInvalid",
  "countryInvalid",
  "interestUnknown",
] as const;

export async function importLabels(kind: "devices" | "legacy"): Promise<ImportLabels> {
  const t = await getTranslations("admin.import");
  const tv = await getTranslations("validation");
  const raw = (key: string) => t.raw(key as never) as string;
  return {
    file: t("file"),
    fileHint: t(`fileHint.${kind}`),
    check: t("check"),
    checking: t("checking"),
    mode: t("mode"),
    modeAll: t("modeAll"),
    modeValid: t("modeValid"),
    import: t("import"),
    importing: t("importing"),
    lines: raw("lines"),
    create: raw("create"),
    update: raw("update"),
    unchanged: raw("unchanged"),
    errorsTitle: raw("errorsTitle"),
    noErrors: t("noErrors"),
    line: t(kind === "legacy" ? "lineOrEntry" : "line"),
    field: t("field"),
    problem: t("problem"),
    applied: t("applied"),
    notApplied: t("notApplied"),
    fileTooLarge: tv("fileTooLarge"),
    fileRequired: tv("fileRequired"),
    fields: Object.fromEntries(
      [
        "file",
        "serial",
        "product",
        "company",
        "domains",
        "email",
        "firstName",
        "lastName",
        "country",
        "serials",
        "interests",
      ].map((f) => [f, t(`fields.${f}` as never)]),
    ),
    codes: Object.fromEntries(IMPORT_CODES.map((c) => [c, tv.raw(c) as string])),
  };
}
