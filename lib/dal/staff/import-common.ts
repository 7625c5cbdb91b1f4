import type { ImportMode } from "@/lib/validations/staff";
import type { CsvRecord } from "./csv";

export const MAX_IMPORT_LINES = 20_000;

/** One problem in one line of a file; `code` is a key under "validation". */
export type LineError = { line: number; field: string; code: string; value?: string };

export type Change = "create" | "update" | "unchanged";

export type ImportSummary = {
  lines: number;
  errors: LineError[];
  create: number;
  update: number;
  unchanged: number;
  /** False when nothing was written (a preview, or "all or nothing" with errors). */
  applied: boolean;
  mode: ImportMode | "preview";
};

/** Rows of a CSV as objects keyed by canonical column names; unknown columns are ignored. */
export function csvRows<
  C extends Record<string, readonly string[]>,
  K extends keyof C & string = keyof C & string,
>(
  records: CsvRecord[],
  columns: C,
  required: readonly K[],
): { rows: { line: number; cells: Partial<Record<keyof C & string, string>> }[]; errors: LineError[] } {
  const [header, ...data] = records;
  if (!header) return { rows: [], errors: [{ line: 1, field: "file", code: "fileEmpty" }] };
  const names = header.fields.map((h) => h.toLowerCase().replace(/[^a-z]/g, ""));
  type Key = keyof C & string;
  const index = {} as Record<Key, number>;
  const errors: LineError[] = [];
  for (const key of Object.keys(columns) as Key[]) {
    index[key] = names.findIndex((n) => columns[key]!.includes(n));
    if (index[key] < 0 && (required as readonly string[]).includes(key))
      errors.push({ line: header.line, field: "file", code: "missingColumn", value: key });
  }
  const rows = data.map((r) => {
    const cells: Partial<Record<Key, string>> = {};
    for (const key of Object.keys(columns) as Key[])
      if (index[key] >= 0) cells[key] = r.fields[index[key]]?.trim() ?? "";
    return { line: r.line, cells };
  });
  return { rows, errors };
}

// A hostname with at least one dot, as found after the @ of an address.
const DOMAIN = /^(?=.{4,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

export function isDomain(value: string) {
  return DOMAIN.test(value);
}
