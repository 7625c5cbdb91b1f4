import { z } from "zod";

// Field schemas shared by client forms (zodResolver) and server actions (safeParse). Messages are
// translation keys under "validation"; forms and actions translate them.

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 256;

export const emailField = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, "required")
  .max(254, "emailTooLong")
  .pipe(z.email("emailInvalid"));

// No composition rules (NIST 800-63B); long passphrases welcome; capped before hashing.
export const passwordField = z
  .string()
  .min(PASSWORD_MIN, "passwordTooShort")
  .max(PASSWORD_MAX, "passwordTooLong");

export const SERIAL_PATTERN = /^[A-Z]{2}[0-9]{3}[A-Z]$/;

/** "ab 123-z " → "AB123Z": what people type from a nameplate, normalised. */
export function normalizeSerial(input: string) {
  return input
    .trim()
    .toUpperCase()
    .replace(/[\s-]+/g, "");
}

export const serialField = z
  .string()
  .transform(normalizeSerial)
  .pipe(z.string().min(1, "required").regex(SERIAL_PATTERN, "serialFormat"));

export const requiredText = (max = 100) => z.string().trim().min(1, "required").max(max, "tooLong");
