import {
  EMAIL_PATTERN,
  normalizeSerial,
  type FieldRule,
  type Fields,
  type FormRules,
  type ListRule,
  type TextCheck,
  type TextRule,
  type ValuesOf,
} from "./core";

// Evaluates form rules the way the zod schemas built from them do (tests/unit/rules-agree.test.ts
// proves it): every failing check is an issue, in order; a wrong type or a value outside a choice
// is "fatal" and keeps the cross-field rules from running; a list over its limit halts even those
// that run next to other mistakes.

export type Issue = { path: (string | number)[]; key: string; fatal: boolean; halt?: true };
export type CheckResult<V> = { ok: true; values: V; issues: [] } | { ok: false; issues: Issue[] };

const codePoints = (s: string) => {
  let n = 0;
  for (const _ of s) n++;
  return n;
};

function passes(check: TextCheck, s: string): boolean {
  if ("min" in check) return codePoints(s) >= check.min;
  if ("max" in check) return s.length <= check.max || codePoints(s) <= check.max;
  if ("email" in check) return EMAIL_PATTERN.test(s);
  if (check.orEmpty && s === "") return true;
  if ("date" in check) return !Number.isNaN(Date.parse(s));
  check.pattern.lastIndex = 0;
  return check.pattern.test(s);
}

function checkText(rule: TextRule, value: unknown, path: Issue["path"], issues: Issue[]) {
  if (typeof value !== "string") {
    issues.push({ path, key: "invalid", fatal: true });
    return value;
  }
  let s = value;
  for (const step of rule.prepare) {
    s = step === "trim" ? s.trim() : step === "lower" ? s.toLowerCase() : normalizeSerial(s);
  }
  for (const check of rule.checks) {
    if (!passes(check, s)) issues.push({ path, key: check.key ?? "invalid", fatal: false });
  }
  return s;
}

function checkList(rule: ListRule, value: unknown, path: Issue["path"], issues: Issue[]) {
  if (!Array.isArray(value)) {
    issues.push({ path, key: "invalid", fatal: true });
    return value;
  }
  // Too long: zod reports only that, looks at no item and no cross-field rule (a guard against
  // huge arrays), and so do we.
  for (const check of rule.checks) {
    if ("max" in check && value.length > check.max) {
      issues.push({ path, key: check.key ?? "invalid", fatal: true, halt: true });
      return value;
    }
  }
  const out = value.map((item, i) => checkText(rule.of, item, [...path, i], issues));
  for (const check of rule.checks) {
    const fine = "min" in check ? value.length >= check.min : value.length <= check.max;
    if (!fine) issues.push({ path, key: check.key ?? "invalid", fatal: false });
  }
  return out;
}

export function checkField(rule: FieldRule, value: unknown, path: Issue["path"], issues: Issue[]): unknown {
  switch (rule.type) {
    case "text":
      return checkText(rule, value, path, issues);
    case "list":
      return checkList(rule, value, path, issues);
    case "enum":
      if (!(rule.values as readonly unknown[]).includes(value)) {
        issues.push({ path, key: rule.key ?? "invalid", fatal: true });
      }
      return value;
    case "ticked":
      if (value !== true) issues.push({ path, key: rule.key, fatal: true });
      return value;
    case "boolean":
      if (typeof value !== "boolean") issues.push({ path, key: "invalid", fatal: true });
      return value;
  }
}

export function checkForm<F extends Fields>(rules: FormRules<F>, input: unknown): CheckResult<ValuesOf<F>> {
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    return { ok: false, issues: [{ path: [], key: "invalid", fatal: true }] };
  }
  const source = input as Record<string, unknown>;
  const values: Record<string, unknown> = {};
  const issues: Issue[] = [];
  for (const [name, rule] of Object.entries(rules.fields)) {
    const value = source[name];
    if (value === undefined && rule.type === "text" && rule.optional) {
      if (name in source) values[name] = undefined;
      continue;
    }
    values[name] = checkField(rule, value, [name], issues);
  }
  const fatal = issues.some((i) => i.fatal);
  const halted = issues.some((i) => i.halt);
  for (const r of rules.refine) {
    if ("same" in r) {
      const [a, b] = r.same;
      const blocked = r.onlyIfFieldsValid
        ? halted || issues.some((i) => i.path[0] === a || i.path[0] === b)
        : fatal;
      if (!blocked && values[a] !== values[b]) issues.push({ path: [b], key: r.key, fatal: false });
    } else if (!fatal) {
      const { other, equals } = r.requiredWhen;
      if (values[other] === equals && !values[r.field])
        issues.push({ path: [r.field], key: r.key, fatal: false });
    }
  }
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, values: values as ValuesOf<F>, issues: [] };
}

/** The first issue of each field, as "field" / "field.0" → key (what the forms show). */
export function firstIssues(issues: Issue[]): Record<string, string> {
  const out: Record<string, string> = Object.create(null);
  for (const issue of issues) out[issue.path.join(".") || "form"] ??= issue.key;
  return out;
}
