import { describe, expect, it } from "vitest";
import fc from "fast-check";
import * as z from "zod/mini";
import { zodResolver } from "@hookform/resolvers/zod";
import type { FieldErrors, FieldValues, ResolverOptions } from "react-hook-form";
import * as contentRules from "@/lib/validations/rules/content";
import * as profileRules from "@/lib/validations/rules/profile";
import * as registrationRules from "@/lib/validations/rules/registration";
import * as securityRules from "@/lib/validations/rules/security";
import * as signInRules from "@/lib/validations/rules/sign-in";
import * as staffRules from "@/lib/validations/rules/staff";
import {
  EMAIL_PATTERN,
  type FieldRule,
  type Fields,
  type FormRules,
  type TextRule,
} from "@/lib/validations/rules/core";
import { checkForm, firstIssues } from "@/lib/validations/rules/check";
import { rulesResolver } from "@/lib/validations/rules-resolver";
import { zodForm } from "@/lib/validations/zod-from-rules";
import { fieldErrorsFrom } from "@/lib/actions/result";

// The client forms check rule data with a small evaluator; the server actions check zod schemas
// built from the same data. Here, for every form: whatever arrives, both accept the same inputs,
// give the same normalised values, and report the same first message key on the same fields.

const isForm = (v: unknown): v is FormRules =>
  typeof v === "object" && v !== null && "fields" in v && "refine" in v;
const MODULES: Record<string, unknown> = {
  ...contentRules,
  ...profileRules,
  ...signInRules,
  ...securityRules,
  ...staffRules,
  ...registrationRules,
  ...Object.fromEntries(
    Object.entries(registrationRules.registrationStepRules).map(([k, v]) => [`registration.${k}`, v]),
  ),
};
const FORMS: Record<string, FormRules> = Object.fromEntries(
  Object.entries(MODULES).filter((e): e is [string, FormRules] => isForm(e[1])),
);

const wrongType = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.integer(),
  fc.boolean(),
  fc.constant([]),
  fc.constant({}),
);
const padded = (a: fc.Arbitrary<string>) =>
  fc.tuple(fc.constantFrom("", " ", "\t", "\n "), a, fc.constantFrom("", " ", "  ")).map((p) => p.join(""));

function textValue(rule: TextRule): fc.Arbitrary<unknown> {
  const bounds = rule.checks.flatMap((c) => ("min" in c ? [c.min] : "max" in c ? [c.max] : []));
  const nearBounds = bounds.map((n) =>
    fc.string({
      unit: fc.constantFrom("a", "é", "😀", " ", "\u0000"),
      minLength: Math.max(0, n - 2),
      maxLength: n + 2,
    }),
  );
  return fc.oneof(
    { weight: 4, arbitrary: padded(fc.string({ maxLength: 12 })) },
    { weight: 2, arbitrary: padded(fc.emailAddress()).map((s) => (s.length % 2 ? s.toUpperCase() : s)) },
    { weight: 2, arbitrary: fc.stringMatching(/^[a-zA-Z]{2}[ -]?[0-9]{3}[ -]?[a-zA-Z]$/) },
    { weight: 2, arbitrary: fc.stringMatching(/^\+?[0-9][0-9 ()/.-]{2,30}[0-9]?$/) },
    { weight: 1, arbitrary: fc.stringMatching(/^https:\/\/[a-z.]{1,12}( x)?$/) },
    { weight: 1, arbitrary: fc.constantFrom("2026-05-01", "2026-13-45", "tomorrow", "") },
    { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 20 }) },
    { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 20 }) },
    ...nearBounds.map((arbitrary) => ({ weight: 2, arbitrary })),
    { weight: 1, arbitrary: wrongType },
  );
}

function fieldValue(rule: FieldRule): fc.Arbitrary<unknown> {
  switch (rule.type) {
    case "text":
      return textValue(rule);
    case "enum":
      return fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...rule.values) },
        { weight: 1, arbitrary: fc.constantFrom("", "xx", "other ", "en-GB") },
        { weight: 1, arbitrary: wrongType },
      );
    case "ticked":
    case "boolean":
      return fc.oneof({ weight: 4, arbitrary: fc.boolean() }, { weight: 1, arbitrary: wrongType });
    case "list": {
      const max = Math.max(...rule.checks.map((c) => ("max" in c ? c.max : 0)));
      return fc.oneof(
        { weight: 4, arbitrary: fc.array(textValue(rule.of), { maxLength: 4 }) },
        { weight: 1, arbitrary: fc.array(fc.constant("NW100A"), { minLength: max - 1, maxLength: max + 1 }) },
        { weight: 1, arbitrary: wrongType },
      );
    }
  }
}

function formInput(rules: FormRules): fc.Arbitrary<Record<string, unknown>> {
  const names = Object.keys(rules.fields);
  return fc
    .tuple(
      fc.record(Object.fromEntries(names.map((n) => [n, fieldValue(rules.fields[n]!)])), {
        requiredKeys: names.filter((_, i) => i % 3 !== 0),
      }),
      fc.boolean(),
      fc.option(fc.string(), { nil: undefined }),
    )
    .map(([values, copy, extra]) => {
      const out: Record<string, unknown> = { ...values };
      // Matching pairs (password and confirmation) must often really match.
      for (const r of rules.refine) if ("same" in r && copy) out[r.same[1]] = out[r.same[0]];
      if (extra !== undefined) out.unexpected = extra;
      return out;
    });
}

const serverAnswer = (schema: z.ZodMiniType, input: unknown) => {
  const r = schema.safeParse(input);
  return r.success ? { ok: true, values: r.data } : { ok: false, errors: fieldErrorsFrom(r.error, (k) => k) };
};
const clientAnswer = (rules: FormRules, input: unknown) => {
  const r = checkForm(rules, input);
  return r.ok ? { ok: true, values: r.values } : { ok: false, errors: { ...firstIssues(r.issues) } };
};

// react-hook-form's nested errors back to "field" / "field.0" → message.
function flatten(errors: FieldErrors, prefix = ""): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(errors)) {
    if (!v || typeof v !== "object") continue;
    const path = prefix ? `${prefix}.${k}` : k;
    if (typeof (v as { message?: unknown }).message === "string")
      out[path] = (v as { message: string }).message;
    if (k !== "ref") Object.assign(out, flatten(v as FieldErrors, path));
  }
  return out;
}
const options = { fields: {}, shouldUseNativeValidation: false } as ResolverOptions<FieldValues>;
// zod's own messages (wrong type, keyless checks) reach the user as "invalid" (lib/actions/result.ts).
const asKeys = (errors: Record<string, string>) =>
  Object.fromEntries(
    Object.entries(errors).map(([k, m]) => [
      k,
      fieldErrorsFrom({ issues: [{ path: [], message: m }] } as never, (x) => x).form,
    ]),
  );

describe("client rules and server schemas agree", () => {
  it("the e-mail pattern is zod's own", () => {
    expect(EMAIL_PATTERN.source).toBe(z.regexes.email.source);
  });

  it("covers every form", () => {
    expect(Object.keys(FORMS).length).toBeGreaterThanOrEqual(25);
  });

  for (const [name, rules] of Object.entries(FORMS)) {
    const schema = zodForm(rules);

    it(`${name}: same verdict, values and first message per field`, () => {
      fc.assert(
        fc.property(formInput(rules), (input) => {
          expect(clientAnswer(rules, input)).toEqual(serverAnswer(schema, input));
        }),
        { numRuns: 400 },
      );
      for (const input of [null, "x", [], 1])
        expect(clientAnswer(rules, input)).toEqual(serverAnswer(schema, input));
    });

    it(`${name}: the form's resolver answers as zodResolver with the server schema`, async () => {
      const ours = rulesResolver<Fields, FieldValues>(rules);
      const theirs = zodResolver(schema as never);
      await fc.assert(
        fc.asyncProperty(formInput(rules), async (input) => {
          const a = await ours(input, undefined, options);
          const b = await theirs(input, undefined, options);
          expect(a.values).toEqual(b.values);
          expect(flatten(a.errors)).toEqual(asKeys(flatten(b.errors)));
        }),
        { numRuns: 100 },
      );
    });
  }
});
