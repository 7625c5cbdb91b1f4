import "server-only";
import { db } from "@/lib/db";
import { serialField } from "@/lib/validations/fields";
import { FREE_MAIL_DOMAINS } from "@/lib/registration/activation-rules";
import { parseCsv, splitList } from "./csv";
import { csvRows, isDomain, MAX_IMPORT_LINES, type Change, type LineError } from "./import-common";

export type DeviceInput = {
  line: number;
  serial: string;
  product: string;
  company?: string;
  domains?: string;
};

export type CheckedDevice = {
  line: number;
  serial: string;
  productId: string;
  company: string | null;
  domains: string[];
  change: Change;
};

const COLUMNS = {
  serial: ["serial", "serialnumber", "serialno", "sn"],
  product: ["product", "productname", "model"],
  company: ["company", "owner", "customer", "companyname"],
  domains: ["domains", "domain", "emaildomains"],
} as const;

/** Reads a registry CSV into lines (or line-numbered errors in its structure). */
export function readDeviceCsv(text: string): { lines: DeviceInput[]; errors: LineError[] } {
  const parsed = parseCsv(text);
  if (parsed.error)
    return { lines: [], errors: [{ line: parsed.error.line, field: "file", code: "unclosedQuote" }] };
  if (parsed.records.length - 1 > MAX_IMPORT_LINES)
    return {
      lines: [],
      errors: [{ line: 1, field: "file", code: "tooManyLines", value: String(MAX_IMPORT_LINES) }],
    };
  const { rows, errors } = csvRows(parsed.records, COLUMNS, ["serial", "product"]);
  if (errors.length) return { lines: [], errors };
  if (rows.length === 0) return { lines: [], errors: [{ line: 1, field: "file", code: "fileEmpty" }] };
  return {
    lines: rows.map(({ line, cells }) => ({
      line,
      serial: cells.serial ?? "",
      product: cells.product ?? "",
      company: cells.company,
      domains: cells.domains,
    })),
    errors: [],
  };
}

/**
 * Validates registry lines against the shared serial schema, the product list and each other, and
 * says for every valid line whether importing it would create, update or leave a device as it is.
 */
export async function checkDeviceLines(input: DeviceInput[]) {
  const errors: LineError[] = [];
  const products = await db.product.findMany({ select: { id: true, slug: true, name: true } });
  const productBy = new Map<string, string>();
  for (const p of products) {
    productBy.set(p.slug.toLowerCase(), p.id);
    productBy.set(p.name.toLowerCase(), p.id);
  }
  const firstLine = new Map<string, number>();
  const ok: Omit<CheckedDevice, "change">[] = [];
  for (const row of input) {
    const before = errors.length;
    const serial = serialField.safeParse(row.serial);
    if (!serial.success)
      errors.push({
        line: row.line,
        field: "serial",
        code: serial.error.issues[0]!.message,
        value: row.serial,
      });
    const productId = productBy.get(row.product.trim().toLowerCase());
    if (!row.product.trim()) errors.push({ line: row.line, field: "product", code: "required" });
    else if (!productId)
      errors.push({ line: row.line, field: "product", code: "productUnknown", value: row.product });
    const company = row.company?.trim() || null;
    if (company && company.length > 200) errors.push({ line: row.line, field: "company", code: "tooLong" });
    const domains = [...new Set(splitList(row.domains).map((d) => d.toLowerCase().replace(/^@/, "")))];
    const bad = domains.find((d) => !isDomain(d));
    if (bad) errors.push({ line: row.line, field: "domains", code: "domainInvalid", value: bad });
    // A company owning gmail.com would activate every gmail address that registers its serials.
    const free = domains.find((d) => FREE_MAIL_DOMAINS.has(d));
    if (free) errors.push({ line: row.line, field: "domains", code: "domainFreeMail", value: free });
    if (domains.length && !company)
      errors.push({ line: row.line, field: "domains", code: "domainsWithoutCompany" });
    if (serial.success) {
      const seen = firstLine.get(serial.data);
      if (seen)
        errors.push({ line: row.line, field: "serial", code: "duplicateInFile", value: String(seen) });
      else firstLine.set(serial.data, row.line);
    }
    if (errors.length === before && serial.success && productId)
      ok.push({ line: row.line, serial: serial.data, productId, company, domains });
  }
  return { valid: await classify(ok), errors };
}

/** Compares valid lines with the registry: the basis of the preview and of idempotent re-imports. */
async function classify(lines: Omit<CheckedDevice, "change">[]): Promise<CheckedDevice[]> {
  // "northwind energy" in a file is the company "Northwind Energy", not a second one.
  const names = [...new Set(lines.flatMap((l) => (l.company ? [l.company] : [])))];
  const known = await db.company.findMany({
    where: { name: { in: names, mode: "insensitive" } },
    select: { name: true },
  });
  const canonical = new Map(known.map((c) => [c.name.toLowerCase(), c.name]));
  for (const l of lines) if (l.company) l.company = canonical.get(l.company.toLowerCase()) ?? l.company;
  const existing = new Map<string, { productId: string; company: string | null; domains: Set<string> }>();
  for (let i = 0; i < lines.length; i += 5000) {
    const rows = await db.device.findMany({
      where: { serial: { in: lines.slice(i, i + 5000).map((l) => l.serial) } },
      select: {
        serial: true,
        productId: true,
        company: { select: { name: true, domains: { select: { domain: true } } } },
      },
    });
    for (const r of rows)
      existing.set(r.serial, {
        productId: r.productId,
        company: r.company?.name ?? null,
        domains: new Set(r.company?.domains.map((d) => d.domain)),
      });
  }
  return lines.map((l) => {
    const now = existing.get(l.serial);
    const same =
      now &&
      now.productId === l.productId &&
      now.company === l.company &&
      l.domains.every((d) => now.domains.has(d));
    return { ...l, change: !now ? "create" : same ? "unchanged" : "update" };
  });
}
