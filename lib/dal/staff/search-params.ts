import { NO_CONTROL_CHARACTERS } from "@/lib/validations/rules/fields";

// Console lists keep their filters in the query string, so a filtered page can be shared or
// bookmarked. Whatever a URL says is read leniently: unknown or malformed values are ignored
// (control characters included: PostgreSQL refuses NUL, and no filter has a use for them).

export type RawParams = Record<string, string | string[] | undefined>;

export function param(params: RawParams, name: string, max = 200) {
  const v = params[name];
  const s = (Array.isArray(v) ? v[0] : v)?.trim();
  return s && NO_CONTROL_CHARACTERS.test(s) ? s.slice(0, max) : undefined;
}

export function intParam(params: RawParams, name: string) {
  const s = param(params, name, 10);
  return s && /^\d+$/.test(s) ? Number(s) : undefined;
}

/** A yyyy-mm-dd date (as date inputs send it), taken as UTC midnight. */
export function dateParam(params: RawParams, name: string) {
  const s = param(params, name, 10);
  if (!s || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return undefined;
  const d = new Date(`${s}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

export function oneOf<T extends string>(params: RawParams, name: string, values: readonly T[]) {
  const s = param(params, name, 40);
  return values.find((v) => v === s);
}

/** The same query with some values replaced (undefined removes), as a "?…" string. */
export function withParams(params: RawParams, changes: Record<string, string | number | undefined>) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    const s = Array.isArray(v) ? v[0] : v;
    if (s && !(k in changes)) q.set(k, s);
  }
  for (const [k, v] of Object.entries(changes)) if (v !== undefined && v !== "") q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : "";
}

/**
 * A route segment as typed (a malformed escape is kept as it is, never a 500); "" when it holds
 * control characters, which name no record.
 */
export function segment(raw: string, max = 64) {
  let s = raw;
  try {
    s = decodeURIComponent(raw);
  } catch {}
  return NO_CONTROL_CHARACTERS.test(s) ? s.slice(0, max) : "";
}
