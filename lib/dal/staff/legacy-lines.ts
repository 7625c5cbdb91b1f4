import "server-only";
import { db } from "@/lib/db";
import { emailField, requiredText, serialField } from "@/lib/validations/fields";
import { parseCsv, splitList } from "./csv";
import { csvRows, MAX_IMPORT_LINES, type Change, type LineError } from "./import-common";

type Cells = {
  email: string;
  firstName: string;
  lastName: string;
  company: string;
  country: string;
  serials: string;
  interests: string;
};
export type LegacyInput = { line: number } & Partial<Record<keyof Cells, unknown>>;

export type CheckedLegacy = {
  line: number;
  email: string;
  firstName: string;
  lastName: string;
  company: string;
  country: string;
  serials: string[];
  interests: string[];
  change: Change;
};

const COLUMNS = {
  email: ["email", "emailaddress", "mail"],
  firstName: ["firstname", "givenname", "first"],
  lastName: ["lastname", "surname", "familyname", "last"],
  company: ["company", "companyname", "organisation", "organization"],
  country: ["country", "countrycode"],
  serials: ["serials", "serial", "serialnumbers", "devices"],
  interests: ["interests", "topics"],
} as const;

/** A CSV or JSON export of the old customer area; JSON "lines" are the entries' positions. */
export function readLegacyFile(text: string): {
  format: "csv" | "json";
  lines: LegacyInput[];
  errors: LineError[];
} {
  const trimmed = text.replace(/^\uFEFF/, "").trimStart();
  if (trimmed.startsWith("[") || trimmed.startsWith("{")) {
    let data: unknown;
    try {
      data = JSON.parse(trimmed);
    } catch {
      return { format: "json", lines: [], errors: [{ line: 1, field: "file", code: "jsonInvalid" }] };
    }
    const list = Array.isArray(data) ? data : (data as { accounts?: unknown }).accounts;
    if (!Array.isArray(list))
      return { format: "json", lines: [], errors: [{ line: 1, field: "file", code: "jsonInvalid" }] };
    if (list.length > MAX_IMPORT_LINES) return { format: "json", lines: [], errors: [tooMany()] };
    return {
      format: "json",
      lines: list.map((entry, i) => ({
        line: i + 1,
        ...(entry && typeof entry === "object" ? (entry as object) : {}),
      })),
      errors: list.length ? [] : [{ line: 1, field: "file", code: "fileEmpty" }],
    };
  }
  const parsed = parseCsv(text);
  if (parsed.error)
    return {
      format: "csv",
      lines: [],
      errors: [{ line: parsed.error.line, field: "file", code: "unclosedQuote" }],
    };
  if (parsed.records.length - 1 > MAX_IMPORT_LINES) return { format: "csv", lines: [], errors: [tooMany()] };
  const { rows, errors } = csvRows(parsed.records, COLUMNS, ["email", "firstName", "lastName"]);
  if (!errors.length && !rows.length) errors.push({ line: 1, field: "file", code: "fileEmpty" });
  return {
    format: "csv",
    lines: errors.length ? [] : rows.map((r) => ({ line: r.line, ...r.cells })),
    errors,
  };
}

function tooMany(): LineError {
  return { line: 1, field: "file", code: "tooManyLines", value: String(MAX_IMPORT_LINES) };
}

const regionNames = new Intl.DisplayNames(["en"], { type: "region" });
export function isCountryCode(code: string) {
  // Unknown codes come back unchanged; "EU", "UN" and the like are not countries of an address.
  if (!/^[A-Z]{2}$/.test(code) || ["EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"].includes(code)) return false;
  return regionNames.of(code) !== code;
}

const list = (v: unknown) => (Array.isArray(v) ? v.map(String) : splitList(typeof v === "string" ? v : ""));
// "NW100A; ab 123-z" and "NW100A AB123Z" both: a part that is a serial with its spaces stays whole.
const serialList = (v: unknown) =>
  (Array.isArray(v) ? v.map(String) : str(v).split(/[;,]/)).flatMap((part) =>
    serialField.safeParse(part).success ? [part] : part.split(/\s+/).filter(Boolean),
  );
const str = (v: unknown) => (typeof v === "string" ? v : v == null ? "" : String(v));

export async function checkLegacyLines(input: LegacyInput[]) {
  const topics = new Set((await db.topic.findMany({ select: { slug: true } })).map((t) => t.slug));
  const errors: LineError[] = [];
  const seen = new Map<string, number>();
  const ok: Omit<CheckedLegacy, "change">[] = [];
  for (const row of input) {
    const before = errors.length;
    const fail = (field: string, code: string, value?: string) =>
      errors.push({ line: row.line, field, code, value });
    const email = emailField.safeParse(str(row.email));
    if (!email.success) fail("email", email.error.issues[0]!.message, str(row.email));
    const text = (field: "firstName" | "lastName" | "company", max: number) => {
      const r = requiredText(max).safeParse(str(row[field]));
      if (!r.success) fail(field, r.error.issues[0]!.message);
      return r.data ?? "";
    };
    const firstName = text("firstName", 100);
    const lastName = text("lastName", 100);
    const company = text("company", 200);
    const country = str(row.country).trim().toUpperCase();
    if (!isCountryCode(country)) fail("country", country ? "countryInvalid" : "required", country);
    const serials: string[] = [];
    for (const s of serialList(row.serials)) {
      const r = serialField.safeParse(s);
      if (r.success) serials.push(r.data);
      else fail("serials", "serialFormat", s);
    }
    const interests = [...new Set(list(row.interests).map((s) => s.toLowerCase()))];
    const unknown = interests.find((s) => !topics.has(s));
    if (unknown) fail("interests", "interestUnknown", unknown);
    if (email.success) {
      if (seen.has(email.data)) fail("email", "duplicateInFile", String(seen.get(email.data)));
      else seen.set(email.data, row.line);
    }
    if (errors.length === before && email.success)
      ok.push({
        line: row.line,
        email: email.data,
        firstName,
        lastName,
        company,
        country,
        serials: [...new Set(serials)],
        interests,
      });
  }
  return { valid: await classify(ok), errors };
}

async function classify(lines: Omit<CheckedLegacy, "change">[]): Promise<CheckedLegacy[]> {
  const existing = new Map<string, Omit<CheckedLegacy, "line" | "change"> & { migratedAt: Date | null }>();
  for (let i = 0; i < lines.length; i += 5000) {
    const rows = await db.legacyAccount.findMany({
      where: { email: { in: lines.slice(i, i + 5000).map((l) => l.email) } },
    });
    for (const r of rows) existing.set(r.email, r);
  }
  const same = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
  return lines.map((l) => {
    const e = existing.get(l.email);
    if (!e) return { ...l, change: "create" };
    // A migrated account belongs to its user now: the old export no longer speaks for it.
    const unchanged =
      e.migratedAt !== null ||
      (e.firstName === l.firstName &&
        e.lastName === l.lastName &&
        e.company === l.company &&
        e.country === l.country &&
        same(e.serials, l.serials) &&
        same(e.interests, l.interests));
    return { ...l, change: unchanged ? "unchanged" : "update" };
  });
}
