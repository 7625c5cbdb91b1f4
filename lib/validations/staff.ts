import * as z from "zod/mini";
import { emailField, requiredText, serialField } from "./fields";

// Schemas of the staff console's forms, shared by the dialogs (zodResolver) and the actions
// (safeParse). Messages are keys under "validation".

export const REJECTION_REASONS = [
  "not_a_customer",
  "unverifiable_company",
  "duplicate_account",
  "incomplete_data",
  "other",
] as const;
export type RejectionReason = (typeof REJECTION_REASONS)[number];

export const ROLES = ["CUSTOMER", "SUPPORT", "ADMIN"] as const;

/** Why a staff member did something: kept in the audit log next to their name. */
export const staffReasonField = z
  .string()
  .check(z.trim(), z.minLength(3, "reasonRequired"), z.maxLength(500, "tooLong"));

const idField = z.string().check(z.minLength(1, "required"), z.maxLength(64, "invalid"));

export const userActionSchema = z.object({ userId: idField, reason: staffReasonField });

export const endUserSessionSchema = z.object({
  userId: idField,
  sessionId: idField,
  reason: staffReasonField,
});

export const changeEmailSchema = z.object({
  userId: idField,
  newEmail: emailField,
  reason: staffReasonField,
});

export const changeRoleSchema = z.object({
  userId: idField,
  role: z.enum(ROLES, "invalid"),
  reason: staffReasonField,
});

export const approveSchema = z.object({
  userIds: z.array(idField).check(z.minLength(1, "selectSomething"), z.maxLength(200, "tooMany")),
});

const rejectionFields = {
  reason: z.enum(REJECTION_REASONS, "rejectionReasonRequired"),
  note: z.optional(z.string().check(z.trim(), z.maxLength(1000, "tooLong"))),
};
// "Other" says nothing by itself: the customer must learn why.
const noteForOther = z.refine<{ reason: string; note?: string }>((v) => v.reason !== "other" || !!v.note, {
  message: "rejectionNoteRequired",
  path: ["note"],
});

/** The reject dialog (the selection is not a field of it). */
export const rejectFormSchema = z.object(rejectionFields).check(noteForOther);

export const rejectSchema = z
  .object({
    userIds: z.array(idField).check(z.minLength(1, "selectSomething"), z.maxLength(200, "tooMany")),
    ...rejectionFields,
  })
  .check(noteForOther);

export const deviceSchema = z.object({
  serial: serialField,
  product: requiredText(100),
  company: z.optional(z.string().check(z.trim(), z.maxLength(200, "tooLong"))),
  domains: z.optional(z.string().check(z.maxLength(2000, "tooLong"))),
});

export const IMPORT_MODES = ["all", "valid"] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];
