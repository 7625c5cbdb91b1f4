import type { $ZodError } from "zod/v4/core";

// What every server action answers: the form maps fieldErrors onto its fields (react-hook-form
// setError) and shows formError above the form. Messages are already translated.
export type FieldErrors = Record<string, string>;
export type ActionResult<T = Record<never, never>> =
  ({ ok: true } & T) | { ok: false; fieldErrors: FieldErrors; formError?: string };

type Translate = (key: string) => string;

/** First issue per field, translated; zod messages are keys under "validation". */
export function fieldErrorsFrom(error: $ZodError, t: Translate): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path.join(".") || "form";
    out[field] ??= t(issue.message in KNOWN ? issue.message : "invalid");
  }
  return out;
}

// zod's own messages (wrong type, missing field) are not keys: they become "invalid".
const KNOWN: Record<string, true> = {
  required: true,
  tooLong: true,
  emailInvalid: true,
  emailTooLong: true,
  passwordTooShort: true,
  passwordTooLong: true,
  passwordMismatch: true,
  passwordCommon: true,
  passwordContainsEmail: true,
  passwordWeak: true,
  serialFormat: true,
  serialUnknown: true,
  termsRequired: true,
  phoneInvalid: true,
  invalid: true,
  // staff console
  reasonRequired: true,
  selectSomething: true,
  tooMany: true,
  rejectionReasonRequired: true,
  rejectionNoteRequired: true,
  fileRequired: true,
  fileTooLarge: true,
};
