import * as z from "zod/mini";

// Field schemas shared by client forms (zodResolver) and server actions (safeParse). Written with
// zod/mini so forms ship a few kB of validation instead of all of zod. Messages are translation
// keys under "validation"; forms and actions translate them (lib/actions/result.ts).

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 256;

export const emailField = z
  .string()
  .check(
    z.trim(),
    z.toLowerCase(),
    z.minLength(1, "required"),
    z.maxLength(254, "emailTooLong"),
    z.email("emailInvalid"),
  );

// No composition rules (NIST 800-63B); long passphrases welcome; capped before hashing.
export const passwordField = z
  .string()
  .check(z.minLength(PASSWORD_MIN, "passwordTooShort"), z.maxLength(PASSWORD_MAX, "passwordTooLong"));

export const SERIAL_PATTERN = /^[A-Z]{2}[0-9]{3}[A-Z]$/;

/** "ab 123-z " → "AB123Z": what people type from a nameplate, normalised. */
export function normalizeSerial(input: string) {
  return input
    .trim()
    .toUpperCase()
    .replace(/[\s-]+/g, "");
}

export const serialField = z.pipe(
  z.pipe(z.string(), z.transform(normalizeSerial)),
  z.string().check(z.minLength(1, "required"), z.regex(SERIAL_PATTERN, "serialFormat")),
);

// Control characters (NUL, CR, LF, …) have no place in a name; PostgreSQL refuses NUL outright.
const NO_CONTROL_CHARACTERS = /^[^\p{Cc}]*$/u;

export const requiredText = (max = 100) =>
  z
    .string()
    .check(
      z.trim(),
      z.minLength(1, "required"),
      z.maxLength(max, "tooLong"),
      z.regex(NO_CONTROL_CHARACTERS, "invalid"),
    );
