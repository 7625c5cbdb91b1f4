import type * as z from "zod/mini";
import { zodForm } from "./zod-from-rules";
import { registrationRules, registrationStepRules } from "./rules/registration";

// The server's schemas of the registration wizard (rules in ./rules/registration.ts).

export {
  FIELD_STEP,
  REGISTRATION_LOCALES,
  SALUTATIONS,
  STEP_ORDER,
  type RegistrationStep,
} from "./rules/registration";

export const registrationSteps = {
  account: zodForm(registrationStepRules.account),
  person: zodForm(registrationStepRules.person),
  device: zodForm(registrationStepRules.device),
  interests: zodForm(registrationStepRules.interests),
  review: zodForm(registrationStepRules.review),
};

export const registrationSchema = zodForm(registrationRules);

export type RegistrationInput = z.input<typeof registrationSchema>;
export type Registration = z.output<typeof registrationSchema>;
