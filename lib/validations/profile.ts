import * as z from "zod/mini";
import { registrationSteps } from "./registration";
import { emailField, serialField } from "./fields";

// Account page and "complete your profile": the same person fields as the registration wizard.

export const profileSchema = registrationSteps.person;
export type ProfileInput = z.input<typeof profileSchema>;

const topicSlugs = z.array(z.string().check(z.maxLength(64, "invalid"))).check(z.maxLength(50, "invalid"));

export const interestsSchema = z.object({ interests: topicSlugs });
export type InterestsInput = z.input<typeof interestsSchema>;

/** After migrating a legacy account: the person fields, the legacy devices to keep, interests. */
export const completeProfileSchema = z.object({
  ...registrationSteps.person.shape,
  serials: z.array(serialField).check(z.maxLength(50, "invalid")),
  interests: topicSlugs,
});
export type CompleteProfileInput = z.input<typeof completeProfileSchema>;

export const addDeviceSchema = z.object({ serial: serialField });
export type AddDeviceInput = z.input<typeof addDeviceSchema>;

export const emailChangeSchema = z.object({
  newEmail: emailField,
  emailPassword: z.string().check(z.minLength(1, "required"), z.maxLength(256, "passwordTooLong")),
});
export type EmailChangeInput = z.input<typeof emailChangeSchema>;

export const deleteAccountSchema = z.object({
  deletePassword: z.string().check(z.minLength(1, "required"), z.maxLength(256, "passwordTooLong")),
  deleteConfirm: z.literal(true, "required"),
});
export type DeleteAccountInput = z.input<typeof deleteAccountSchema>;
