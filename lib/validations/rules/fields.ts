import { text, type TextRule } from "./core";

// Rules of the fields many forms share.

export { normalizeSerial, SERIAL_PATTERN } from "./core";
import { SERIAL_PATTERN } from "./core";

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 256;

export const emailRule = text(
  ["trim", "lower"],
  { min: 1, key: "required" },
  { max: 254, key: "emailTooLong" },
  { email: true, key: "emailInvalid" },
);

// No composition rules (NIST 800-63B); long passphrases welcome; capped before hashing.
export const passwordRule = text(
  [],
  { min: PASSWORD_MIN, key: "passwordTooShort" },
  { max: PASSWORD_MAX, key: "passwordTooLong" },
);

/** A password being used, not chosen: any length up to the cap. */
export const currentPasswordRule = text(
  [],
  { min: 1, key: "required" },
  { max: PASSWORD_MAX, key: "passwordTooLong" },
);

export const serialRule = text(
  ["serial"],
  { min: 1, key: "required" },
  { pattern: SERIAL_PATTERN, key: "serialFormat" },
);

// Control characters (NUL, CR, LF, …) have no place in a name; PostgreSQL refuses NUL outright.
export const NO_CONTROL_CHARACTERS = /^[^\p{Cc}]*$/u;

export const requiredTextRule = (max = 100): TextRule =>
  text(
    ["trim"],
    { min: 1, key: "required" },
    { max, key: "tooLong" },
    { pattern: NO_CONTROL_CHARACTERS, key: "invalid" },
  );

const RECORD_ID = /^[\w-]+$/;
const RECORD_ID_MAX = 64;

/** The id of a record picked from a list (cuid, UUID or a passkey's base64url id). */
export const idRule = text(
  [],
  { min: 1, key: "required" },
  { max: RECORD_ID_MAX, key: "invalid" },
  { pattern: RECORD_ID, key: "invalid" },
);

/** Whether a value from an address (a route segment) can be a record's id at all. */
export const isRecordId = (value: string) => value.length <= RECORD_ID_MAX && RECORD_ID.test(value);

/** Optional free text: trimmed, at most `max` characters. */
export const optionalTextRule = (max: number): TextRule => text(["trim"], { max, key: "tooLong" });
