import * as z from "zod/mini";
import {
  EMAIL_PATTERN,
  normalizeSerial,
  type FieldRule,
  type Fields,
  type FormRules,
  type TextRule,
  type ValueOf,
} from "./rules/core";

// The server's zod schemas, built from the same rule data the client forms check (./rules/), so
// there is one source of truth. Only server code imports this file: client forms use
// ./rules-resolver.ts and never load zod.

type Value<T> = z.ZodMiniType<T, T>;
type ZodOf<R> = R extends { optional: true } ? z.ZodMiniOptional<Value<string>> : Value<ValueOf<R>>;
export type ZodForm<F extends Fields> = z.ZodMiniObject<
  { -readonly [K in keyof F]: ZodOf<F[K]> },
  z.core.$strip
>;

function textChecks(rule: TextRule) {
  return rule.checks.map((c) => {
    if ("min" in c) return z.minLength(c.min, c.key);
    if ("max" in c) return z.maxLength(c.max, c.key);
    if ("email" in c) return z.email({ pattern: EMAIL_PATTERN, error: c.key });
    if ("date" in c) {
      const empty = !!c.orEmpty;
      return z.refine<string>((v) => (empty && v === "") || !Number.isNaN(Date.parse(v)), c.key);
    }
    if (c.orEmpty) {
      const pattern = c.pattern;
      return z.refine<string>((v) => v === "" || pattern.test(v), c.key);
    }
    return z.regex(c.pattern, c.key);
  });
}

export function zodText(rule: TextRule): Value<string> {
  if (rule.prepare.includes("serial")) {
    return z.pipe(z.pipe(z.string(), z.transform(normalizeSerial)), z.string().check(...textChecks(rule)));
  }
  const prepare = rule.prepare.map((p) => (p === "trim" ? z.trim() : z.toLowerCase()));
  return z.string().check(...prepare, ...textChecks(rule));
}

function zodField(rule: FieldRule): z.ZodMiniType {
  switch (rule.type) {
    case "text":
      return rule.optional ? z.optional(zodText(rule)) : zodText(rule);
    case "list":
      return z
        .array(zodText(rule.of))
        .check(
          ...rule.checks.map((c) => ("min" in c ? z.minLength(c.min, c.key) : z.maxLength(c.max, c.key))),
        );
    case "enum":
      return z.enum(rule.values as [string, ...string[]], rule.key);
    case "ticked":
      return z.literal(true, rule.key);
    case "boolean":
      return z.boolean();
  }
}

export function zodForm<F extends Fields>(rules: FormRules<F>): ZodForm<F> {
  const shape = Object.fromEntries(Object.entries(rules.fields).map(([k, r]) => [k, zodField(r)]));
  const checks = rules.refine.map((r) => {
    if ("same" in r) {
      const [a, b] = r.same;
      return z.refine<Record<string, unknown>>((v) => v[a] === v[b], {
        message: r.key,
        path: [b],
        // Report a mismatch next to other mistakes, unless the two fields themselves are wrong.
        // Only on an object (a wrong type already has its issue and must not reach the refinement).
        when: r.onlyIfFieldsValid
          ? ({ issues, value }) =>
              typeof value === "object" &&
              value !== null &&
              !issues.some((i) => i.path?.[0] === a || i.path?.[0] === b)
          : undefined,
      });
    }
    const { other, equals } = r.requiredWhen;
    return z.refine<Record<string, unknown>>((v) => v[other] !== equals || !!v[r.field], {
      message: r.key,
      path: [r.field],
    });
  });
  const schema = z.object(shape);
  return (checks.length ? schema.check(...checks) : schema) as unknown as ZodForm<F>;
}
