import "server-only";
import { db, type Tx } from "@/lib/db";
import { audit } from "@/lib/audit";
import type { ImportMode } from "@/lib/validations/staff";
import { assertAdmin, type StaffActor } from "./actor";
import { checkDeviceLines, readDeviceCsv, type CheckedDevice } from "./device-lines";
import type { ImportSummary } from "./import-common";

/** What importing the file would do, line by line, without writing anything. */
export async function previewDeviceImport({ actor, text }: { actor: StaffActor; text: string }) {
  assertAdmin(actor);
  return run(text, "preview");
}

/**
 * Imports a registry CSV (serial, product, company, domains). "all": nothing is written unless
 * every line is valid; "valid": the valid lines are written and the others reported. Re-importing
 * the same file changes nothing (upserts keyed by serial, company name and domain).
 */
export async function importDevices({
  actor,
  text,
  mode,
  ip,
  fileName,
}: {
  actor: StaffActor;
  text: string;
  mode: ImportMode;
  ip?: string | null;
  fileName?: string;
}) {
  assertAdmin(actor);
  return run(text, mode, async (tx, summary) => {
    await audit(
      {
        action: "staff.devices.imported",
        actorId: actor.id,
        ip,
        details: {
          fileName: fileName ?? null,
          mode,
          lines: summary.lines,
          created: summary.create,
          updated: summary.update,
          unchanged: summary.unchanged,
          errors: summary.errors.length,
        },
      },
      tx,
    );
  });
}

async function run(
  text: string,
  mode: ImportMode | "preview",
  onApplied?: (tx: Tx, s: ImportSummary) => Promise<void>,
): Promise<ImportSummary & { valid: CheckedDevice[] }> {
  const read = readDeviceCsv(text);
  const checked = read.errors.length
    ? { valid: [], errors: read.errors }
    : await checkDeviceLines(read.lines);
  const count = (c: string) => checked.valid.filter((v) => v.change === c).length;
  const summary: ImportSummary = {
    lines: read.lines.length,
    errors: checked.errors,
    create: count("create"),
    update: count("update"),
    unchanged: count("unchanged"),
    applied: false,
    mode,
  };
  const writes = checked.valid.filter((v) => v.change !== "unchanged");
  const allowed = mode === "valid" || (mode === "all" && checked.errors.length === 0);
  if (mode !== "preview" && allowed && (read.lines.length > 0 || writes.length > 0)) {
    await db.$transaction(
      async (tx) => {
        await writeDevices(tx, writes);
        summary.applied = true;
        await onApplied?.(tx, summary);
      },
      { timeout: 120_000 },
    );
  }
  return { ...summary, valid: checked.valid };
}

/** Upserts companies, their domains and devices in a few statements per batch. */
export async function writeDevices(tx: Tx, lines: CheckedDevice[], replaceDomains = false) {
  if (lines.length === 0) return;
  const names = [...new Set(lines.flatMap((l) => (l.company ? [l.company] : [])))];
  await tx.company.createMany({ data: names.map((name) => ({ name })), skipDuplicates: true });
  const companies = await tx.company.findMany({
    where: { name: { in: names } },
    select: { id: true, name: true },
  });
  const companyId = new Map(companies.map((c) => [c.name, c.id]));
  if (replaceDomains)
    for (const l of lines)
      if (l.company)
        await tx.companyDomain.deleteMany({
          where: { companyId: companyId.get(l.company)!, domain: { notIn: l.domains } },
        });
  await tx.companyDomain.createMany({
    data: lines.flatMap((l) =>
      l.company ? l.domains.map((domain) => ({ companyId: companyId.get(l.company!)!, domain })) : [],
    ),
    skipDuplicates: true,
  });
  const existing = new Set(
    (
      await tx.device.findMany({
        where: { serial: { in: lines.map((l) => l.serial) } },
        select: { serial: true },
      })
    ).map((d) => d.serial),
  );
  const target = (l: CheckedDevice) => ({
    productId: l.productId,
    companyId: l.company ? companyId.get(l.company)! : null,
  });
  await tx.device.createMany({
    data: lines.filter((l) => !existing.has(l.serial)).map((l) => ({ serial: l.serial, ...target(l) })),
    skipDuplicates: true,
  });
  // Updates grouped by their new (product, company): one statement per group, not per device.
  const groups = new Map<string, { data: ReturnType<typeof target>; serials: string[] }>();
  for (const l of lines.filter((l) => existing.has(l.serial))) {
    const data = target(l);
    const key = `${data.productId}|${data.companyId}`;
    const g = groups.get(key) ?? { data, serials: [] };
    g.serials.push(l.serial);
    groups.set(key, g);
  }
  for (const g of groups.values())
    await tx.device.updateMany({ where: { serial: { in: g.serials } }, data: g.data });
}
