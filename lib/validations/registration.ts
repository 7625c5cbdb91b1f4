import * as z from "zod/mini";
import { COUNTRY_CODES } from "./countries";
import { emailField, passwordField, requiredText, serialField } from "./fields";

// The registration wizard's schemas: one per step for the client forms, and the merged one the
// server action re-checks. Messages are keys under "validation".

export const REGISTRATION_LOCALES = ["en", "de", "es"] as const;
export const SALUTATIONS = ["MR", "MS", "MX", "NONE"] as const;

const passwordsMatch = z.refine<{ password: string; passwordConfirm: string }>(
  (v) => v.password === v.passwordConfirm,
  {
    message: "passwordMismatch",
    path: ["passwordConfirm"],
    // Report a mismatch next to other mistakes, unless the password fields themselves are wrong.
    // Only on an object (a wrong type already has its issue and must not reach the refinement).
    when: ({ issues, value }) =>
      typeof value === "object" &&
      value !== null &&
      !issues.some((i) => i.path?.[0] === "password" || i.path?.[0] === "passwordConfirm"),
  },
);

const accountShape = {
  email: emailField,
  password: passwordField,
  passwordConfirm: z.string().check(z.minLength(1, "required")),
};

// Digits, spaces and the usual separators; "+49 (0)89 123-456".
const PHONE = /^\+?[0-9][0-9 ()/.-]{3,28}[0-9]$/;

const personShape = {
  salutation: z.enum(SALUTATIONS, "required"),
  firstName: requiredText(80),
  lastName: requiredText(80),
  company: requiredText(120),
  country: z.enum(COUNTRY_CODES, "required"),
  phone: z.string().check(
    z.trim(),
    z.maxLength(30, "tooLong"),
    z.refine((v) => v === "" || PHONE.test(v), "phoneInvalid"),
  ),
  locale: z.enum(REGISTRATION_LOCALES, "required"),
};

const deviceShape = { serial: serialField };

const interestsShape = {
  interests: z.array(z.string().check(z.maxLength(64, "invalid"))).check(z.maxLength(50, "invalid")),
};

const reviewShape = { acceptTerms: z.literal(true, "termsRequired") };

export const registrationSteps = {
  account: z.object(accountShape).check(passwordsMatch),
  person: z.object(personShape),
  device: z.object(deviceShape),
  interests: z.object(interestsShape),
  review: z.object(reviewShape),
};

export type RegistrationStep = keyof typeof registrationSteps;
export const STEP_ORDER: RegistrationStep[] = ["account", "person", "device", "interests", "review"];

/** Which step a field belongs to, so errors found later (server, reload) send the user back there. */
export const FIELD_STEP: Record<string, RegistrationStep> = Object.fromEntries([
  ...Object.keys(accountShape).map((k) => [k, "account"]),
  ...Object.keys(personShape).map((k) => [k, "person"]),
  ...Object.keys(deviceShape).map((k) => [k, "device"]),
  ...Object.keys(interestsShape).map((k) => [k, "interests"]),
  ...Object.keys(reviewShape).map((k) => [k, "review"]),
]);

export const registrationSchema = z
  .object({ ...accountShape, ...personShape, ...deviceShape, ...interestsShape, ...reviewShape })
  .check(passwordsMatch);

export type RegistrationInput = z.input<typeof registrationSchema>;
export type Registration = z.output<typeof registrationSchema>;
