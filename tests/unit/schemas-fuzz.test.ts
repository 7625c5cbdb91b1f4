import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import en from "@/messages/en.json";
import {
  emailField,
  normalizeSerial,
  passwordField,
  requiredText,
  SERIAL_PATTERN,
  serialField,
} from "@/lib/validations/fields";
import { fieldErrorsFrom } from "@/lib/actions/result";
import { importFileSchema } from "@/lib/actions/import-file";

// Property-based checks of every schema the server validates with (client forms check the same
// rules): whatever arrives — wrong types, missing fields, huge strings, NUL, CRLF, mixed scripts —
// the schema answers without throwing, and every complaint is a translated validation message.

type Schema = { safeParse: (input: unknown) => ReturnType<typeof emailField.safeParse> };
const isSchema = (v: unknown): v is Schema => typeof v === "object" && v !== null && "_zod" in v;

/** Every zod schema a module exports, nested groups (the registration steps) included. */
function schemasIn(name: string, value: unknown): Array<[string, Schema]> {
  if (isSchema(value)) return [[name, value]];
  if (typeof value !== "object" || value === null || Array.isArray(value)) return [];
  return Object.entries(value).flatMap(([k, v]) => schemasIn(`${name}.${k}`, v));
}

// Found by reading the folder, so a new schema is fuzzed without anyone remembering to add it.
const validationModules = readdirSync(new URL("../../lib/validations", import.meta.url))
  .filter((f) => f.endsWith(".ts"))
  .map((f) => f.slice(0, -3));
const SCHEMAS = Object.fromEntries([
  ...(
    await Promise.all(
      validationModules.map(async (m) =>
        schemasIn(`validations/${m}`, { ...((await import(`../../lib/validations/${m}.ts`)) as object) }),
      ),
    )
  ).flat(),
  ...schemasIn("actions/import-file", { importFileSchema }),
]);

const VALIDATION = en.validation as Record<string, string>;
const translate = (key: string) => VALIDATION[key] ?? `MISSING:${key}`;

// Strings people and attackers actually send.
const nasty = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme", maxLength: 300 }),
  fc.string({ unit: "binary", maxLength: 300 }),
  fc.constantFrom(
    "\u0000",
    "a\r\nBcc: victim@example.com",
    "ｃｕｓｔｏｍｅｒ＠ｎｏｒｔｈｗｉｎｄ．ｅｘａｍｐｌｅ", // NFKC-equivalent of an address
    "cafe\u0301",
    "\u202Eevil",
    "' OR 1=1 --",
    "<script>alert(1)</script>",
    "x".repeat(100_000),
  ),
);
const anyValue = fc.oneof(nasty, fc.anything(), fc.constant(undefined), fc.constant(null));
const objectOf = (keys: string[]) =>
  fc.dictionary(fc.constantFrom(...keys, "__proto__", "constructor"), anyValue);

describe("every shared schema, fuzzed", () => {
  it("finds the schemas of every form: sign-in, registration, account, security, staff, content, imports", () => {
    const names = Object.keys(SCHEMAS);
    for (const expected of [
      "validations/sign-in.signInSchema",
      "validations/registration.registrationSteps.person",
      "validations/profile.deleteAccountSchema",
      "validations/security.addPasskeySchema",
      "validations/staff.changeEmailSchema",
      "validations/content.contentSchema",
      "actions/import-file.importFileSchema",
    ])
      expect(names).toContain(expected);
    expect(names.length).toBeGreaterThan(30);
  });

  for (const [name, schema] of Object.entries(SCHEMAS)) {
    it(`${name}: never throws; complaints are translated messages`, () => {
      const shape = "shape" in schema ? Object.keys((schema as { shape: object }).shape) : [];
      fc.assert(
        fc.property(shape.length ? fc.oneof(objectOf(shape), anyValue) : anyValue, (input) => {
          const result = schema.safeParse(input);
          if (result.success) return;
          const errors = fieldErrorsFrom(result.error, translate);
          expect(Object.keys(errors).length).toBeGreaterThan(0);
          for (const message of Object.values(errors)) expect(message).not.toMatch(/^MISSING:/);
        }),
        { numRuns: 300 },
      );
    });
  }

  // PostgreSQL refuses NUL in text: a field that let one through would answer 500, not an error.
  it("no field of any schema accepts a NUL or another stray control character", () => {
    const poisons = ["abcd\u0000efgh-ijklmn", "abcd\u0001efgh ijklmn", "\u001b[31mabcdefghijkl"];
    // An import file's text is any bytes: each line is checked with the import's own field rules.
    const exempt = new Set(["actions/import-file.importFileSchema text"]);
    for (const [name, schema] of Object.entries(SCHEMAS)) {
      const fields =
        "shape" in schema ? (schema as unknown as { shape: Record<string, Schema> }).shape : { "": schema };
      for (const [field, fieldSchema] of Object.entries(fields))
        for (const poison of exempt.has(`${name} ${field}`) ? [] : poisons)
          for (const input of [poison, [poison]])
            expect(fieldSchema.safeParse(input).success, `${name} ${field} ${JSON.stringify(input)}`).toBe(
              false,
            );
    }
  });

  it("an accepted e-mail address is trimmed, lower-case, at most 254 characters, and one header line", () => {
    fc.assert(
      fc.property(fc.oneof(fc.emailAddress(), nasty), (raw) => {
        const r = emailField.safeParse(raw);
        if (!r.success) return;
        expect(r.data).toBe(r.data.trim().toLowerCase());
        expect(r.data.length).toBeLessThanOrEqual(254);
        expect(r.data).not.toMatch(/[\u0000-\u001f\u007f]/);
      }),
      { numRuns: 1000 },
    );
    for (const header of ["a@b.example\r\nBcc: x@y.example", "a@b.example\nx", "a\u0000@b.example"]) {
      expect(emailField.safeParse(header).success).toBe(false);
    }
  });

  it("serial numbers: normalising is idempotent and an accepted one has the nameplate format", () => {
    fc.assert(
      fc.property(fc.oneof(nasty, fc.stringMatching(/^[a-zA-Z]{2}[ -]?[0-9]{3}[ -]?[a-zA-Z]$/)), (raw) => {
        expect(normalizeSerial(normalizeSerial(raw))).toBe(normalizeSerial(raw));
        const r = serialField.safeParse(raw);
        if (r.success) expect(r.data).toMatch(SERIAL_PATTERN);
      }),
      { numRuns: 1000 },
    );
  });

  it("free text: no control characters (NUL, CR, LF) get through, names keep their accents", () => {
    const name = requiredText(80);
    fc.assert(
      fc.property(nasty, (raw) => {
        const r = name.safeParse(raw);
        if (r.success) expect(r.data).not.toMatch(/[\u0000-\u0008\u000a-\u001f\u007f]/);
      }),
      { numRuns: 1000 },
    );
    expect(name.safeParse("Zoë Ñúñez-Øster").success).toBe(true);
    expect(name.safeParse("Jane\r\nBcc: x@y.example").success).toBe(false);
    expect(name.safeParse("Ja\u0000ne").success).toBe(false);
  });

  // NIST 800-63B-4 §3.1.1.2: each Unicode code point counts as one character.
  it("passwords of any script are taken whole up to 256 characters, never truncated", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", minLength: 0, maxLength: 400 }), (pw) => {
        const r = passwordField.safeParse(pw);
        const length = [...pw].length;
        expect(r.success).toBe(length >= 12 && length <= 256);
        if (r.success) expect(r.data).toBe(pw);
      }),
      { numRuns: 1000 },
    );
  });
});
