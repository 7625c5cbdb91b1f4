import { COUNTRY_CODES } from "../countries";
import { form, list, oneOf, text, ticked } from "./core";
import { emailRule, passwordRule, requiredTextRule, serialRule } from "./fields";

// The registration wizard's rules: one form per step for the client, and the merged one the
// server action re-checks.

export const REGISTRATION_LOCALES = ["en", "de", "es"] as const;
export const SALUTATIONS = ["MR", "MS", "MX", "NONE"] as const;

// Report a mismatch next to other mistakes, unless the password fields themselves are wrong.
const passwordsMatch = {
  same: ["password", "passwordConfirm"],
  key: "passwordMismatch",
  onlyIfFieldsValid: true,
} as const;

const accountFields = {
  email: emailRule,
  password: passwordRule,
  passwordConfirm: text([], { min: 1, key: "required" }),
};

// Digits, spaces and the usual separators; "+49 (0)89 123-456".
const PHONE = /^\+?[0-9][0-9 ()/.-]{3,28}[0-9]$/;

export const personFields = {
  salutation: oneOf(SALUTATIONS, "required"),
  firstName: requiredTextRule(80),
  lastName: requiredTextRule(80),
  company: requiredTextRule(120),
  country: oneOf(COUNTRY_CODES, "required"),
  phone: text(["trim"], { max: 30, key: "tooLong" }, { pattern: PHONE, key: "phoneInvalid", orEmpty: true }),
  locale: oneOf(REGISTRATION_LOCALES, "required"),
};

const deviceFields = { serial: serialRule };

export const topicSlugsRule = list(text([], { max: 64, key: "invalid" }), { max: 50, key: "invalid" });
const interestsFields = { interests: topicSlugsRule };

const reviewFields = { acceptTerms: ticked("termsRequired") };

export const registrationStepRules = {
  account: form(accountFields, passwordsMatch),
  person: form(personFields),
  device: form(deviceFields),
  interests: form(interestsFields),
  review: form(reviewFields),
};

export type RegistrationStep = keyof typeof registrationStepRules;
export const STEP_ORDER: RegistrationStep[] = ["account", "person", "device", "interests", "review"];

/** Which step a field belongs to, so errors found later (server, reload) send the user back there. */
export const FIELD_STEP: Record<string, RegistrationStep> = Object.fromEntries(
  STEP_ORDER.flatMap((step) => Object.keys(registrationStepRules[step].fields).map((k) => [k, step])),
);

export const registrationRules = form(
  { ...accountFields, ...personFields, ...deviceFields, ...interestsFields, ...reviewFields },
  passwordsMatch,
);
