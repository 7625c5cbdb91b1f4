import { zodForm, zodText } from "./zod-from-rules";
import {
  approveRules,
  changeEmailRules,
  changeRoleRules,
  deviceRules,
  endUserSessionRules,
  rejectFormRules,
  rejectRules,
  staffReasonRule,
  userActionRules,
} from "./rules/staff";

// The server's schemas of the staff console (rules in ./rules/staff.ts).

export { IMPORT_MODES, REJECTION_REASONS, ROLES, type ImportMode, type RejectionReason } from "./rules/staff";

export const staffReasonField = zodText(staffReasonRule);
export const userActionSchema = zodForm(userActionRules);
export const endUserSessionSchema = zodForm(endUserSessionRules);
export const changeEmailSchema = zodForm(changeEmailRules);
export const changeRoleSchema = zodForm(changeRoleRules);
export const approveSchema = zodForm(approveRules);
export const rejectFormSchema = zodForm(rejectFormRules);
export const rejectSchema = zodForm(rejectRules);
export const deviceSchema = zodForm(deviceRules);
