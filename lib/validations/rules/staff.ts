import { form, list, oneOf, optional, text } from "./core";
import { emailRule, idRule, requiredTextRule, serialRule } from "./fields";

// Rules of the staff console's forms (dialogs and actions alike).

export const REJECTION_REASONS = [
  "not_a_customer",
  "unverifiable_company",
  "duplicate_account",
  "incomplete_data",
  "other",
] as const;
export type RejectionReason = (typeof REJECTION_REASONS)[number];

export const ROLES = ["CUSTOMER", "SUPPORT", "ADMIN"] as const;

export const IMPORT_MODES = ["all", "valid"] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];

/** Why a staff member did something: kept in the audit log next to their name. */
export const staffReasonRule = text(
  ["trim"],
  { min: 3, key: "reasonRequired" },
  { max: 500, key: "tooLong" },
);

const selection = list(idRule, { min: 1, key: "selectSomething" }, { max: 200, key: "tooMany" });

export const userActionRules = form({ userId: idRule, reason: staffReasonRule });

export const endUserSessionRules = form({ userId: idRule, sessionId: idRule, reason: staffReasonRule });

export const changeEmailRules = form({ userId: idRule, newEmail: emailRule, reason: staffReasonRule });

export const changeRoleRules = form({
  userId: idRule,
  role: oneOf(ROLES, "invalid"),
  reason: staffReasonRule,
});

export const approveRules = form({ userIds: selection });

const rejectionFields = {
  reason: oneOf(REJECTION_REASONS, "rejectionReasonRequired"),
  note: optional(text(["trim"], { max: 1000, key: "tooLong" })),
};
// "Other" says nothing by itself: the customer must learn why.
const noteForOther = {
  requiredWhen: { other: "reason", equals: "other" },
  field: "note",
  key: "rejectionNoteRequired",
} as const;

/** The reject dialog (the selection is not a field of it). */
export const rejectFormRules = form(rejectionFields, noteForOther);

export const rejectRules = form({ userIds: selection, ...rejectionFields }, noteForOther);

export const deviceRules = form({
  serial: serialRule,
  product: requiredTextRule(100),
  company: optional(text(["trim"], { max: 200, key: "tooLong" })),
  domains: optional(text([], { max: 2000, key: "tooLong" })),
});
