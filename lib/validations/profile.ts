import type * as z from "zod/mini";
import { zodForm } from "./zod-from-rules";
import {
  addDeviceRules,
  completeProfileRules,
  deleteAccountRules,
  emailChangeRules,
  interestsRules,
  profileRules,
} from "./rules/profile";

// The server's schemas of the account forms (rules in ./rules/profile.ts).

export const profileSchema = zodForm(profileRules);
export type ProfileInput = z.input<typeof profileSchema>;

export const interestsSchema = zodForm(interestsRules);
export type InterestsInput = z.input<typeof interestsSchema>;

export const completeProfileSchema = zodForm(completeProfileRules);
export type CompleteProfileInput = z.input<typeof completeProfileSchema>;

export const addDeviceSchema = zodForm(addDeviceRules);
export type AddDeviceInput = z.input<typeof addDeviceSchema>;

export const emailChangeSchema = zodForm(emailChangeRules);
export type EmailChangeInput = z.input<typeof emailChangeSchema>;

export const deleteAccountSchema = zodForm(deleteAccountRules);
export type DeleteAccountInput = z.input<typeof deleteAccountSchema>;
