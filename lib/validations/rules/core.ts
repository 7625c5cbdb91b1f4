// The field rules of every form, written once as plain data. Server actions validate with zod
// schemas built from them (../zod-from-rules.ts); client forms check the same data with a small
// evaluator (./check.ts) so no zod reaches the browser. Messages are keys under "validation";
// a rule without a key reports "invalid".

/** Applied in order before the checks. "serial": what people type from a nameplate, normalised. */
export type Prepare = "trim" | "lower" | "serial";

/** Lengths count Unicode code points (as zod does); patterns and dates may allow "". */
export type TextCheck =
  | { min: number; key?: string }
  | { max: number; key?: string }
  | { pattern: RegExp; key: string; orEmpty?: true }
  | { email: true; key: string }
  | { date: true; key: string; orEmpty?: true };

export type TextRule = {
  type: "text";
  prepare: readonly Prepare[];
  checks: readonly TextCheck[];
  optional?: true;
};
export type EnumRule<V extends string = string> = { type: "enum"; values: readonly V[]; key?: string };
/** A box that must be ticked. */
export type TickedRule = { type: "ticked"; key: string };
export type BooleanRule = { type: "boolean" };
export type ListRule = {
  type: "list";
  of: TextRule;
  checks: readonly ({ min: number; key?: string } | { max: number; key?: string })[];
};
export type FieldRule = TextRule | EnumRule | TickedRule | BooleanRule | ListRule;
export type Fields = Record<string, FieldRule>;

/**
 * Rules across fields, reported on the second field. "same" with onlyIfFieldsValid waits until
 * both fields are fine by themselves; the other rules wait until every field has the right type.
 */
export type Refinement =
  | { same: readonly [string, string]; key: string; onlyIfFieldsValid?: true }
  | { requiredWhen: { other: string; equals: string }; field: string; key: string };

export type FormRules<F extends Fields = Fields> = { fields: F; refine: readonly Refinement[] };

// PostgreSQL refuses NUL in text (a 500 instead of a field error), and no form has a use for the
// other control characters. Tabs and line breaks stay for multi-line fields; names and other
// single-line fields refuse them too (./fields.ts).
const STRAY_CONTROL_CHARACTERS = /^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]*$/;

/** A text field; every one refuses stray control characters, after its own checks. */
export const text = (prepare: readonly Prepare[], ...checks: TextCheck[]): TextRule => ({
  type: "text",
  prepare,
  checks: [...checks, { pattern: STRAY_CONTROL_CHARACTERS, key: "invalid" }],
});
export const optional = (rule: TextRule) => ({ ...rule, optional: true as const });
export const oneOf = <const V extends string>(values: readonly V[], key?: string): EnumRule<V> => ({
  type: "enum",
  values,
  key,
});
export const ticked = (key: string): TickedRule => ({ type: "ticked", key });
export const boolean: BooleanRule = { type: "boolean" };
export const list = (of: TextRule, ...checks: ListRule["checks"]): ListRule => ({ type: "list", of, checks });
export const form = <const F extends Fields>(fields: F, ...refine: Refinement[]): FormRules<F> => ({
  fields,
  refine,
});

export type ValueOf<R> =
  R extends EnumRule<infer V>
    ? V
    : R extends TickedRule
      ? true
      : R extends BooleanRule
        ? boolean
        : R extends ListRule
          ? string[]
          : string;
type Simplify<T> = { [K in keyof T]: T[K] } & {};
/** A form's values (the same before and after checking: the checks only normalise strings). */
export type ValuesOf<F extends Fields> = Simplify<
  { -readonly [K in keyof F as F[K] extends { optional: true } ? never : K]: ValueOf<F[K]> } & {
    -readonly [K in keyof F as F[K] extends { optional: true } ? K : never]?: ValueOf<F[K]>;
  }
>;

// zod's own e-mail pattern (z.regexes.email), so client and server accept the same addresses.
export const EMAIL_PATTERN =
  /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;

export const SERIAL_PATTERN = /^[A-Z]{2}[0-9]{3}[A-Z]$/;

/** "ab 123-z " → "AB123Z": what people type from a nameplate, normalised. */
export function normalizeSerial(input: string) {
  return input
    .trim()
    .toUpperCase()
    .replace(/[\s-]+/g, "");
}
