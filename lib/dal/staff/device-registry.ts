import "server-only";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import type { Prisma } from "@/lib/generated/prisma/client";
import { normalizeSerial } from "@/lib/validations/fields";
import { assertStaff, StaffError, type StaffActor } from "./actor";
import { csvLine } from "./csv";
import { checkDeviceLines, type DeviceInput } from "./device-lines";
import { writeDevices } from "./device-import";
import type { LineError } from "./import-common";
import { pageOf, paging, type Paging } from "./pagination";

function deviceWhere(q?: string): Prisma.DeviceWhereInput {
  const query = q?.trim().slice(0, 100);
  if (!query) return {};
  return {
    OR: [
      { serial: { startsWith: normalizeSerial(query) } },
      { company: { name: { contains: query, mode: "insensitive" } } },
      { company: { domains: { some: { domain: { contains: query.toLowerCase() } } } } },
      { product: { name: { contains: query, mode: "insensitive" } } },
    ],
  };
}

const DEVICE = {
  serial: true,
  updatedAt: true,
  product: { select: { slug: true, name: true } },
  company: { select: { name: true, domains: { select: { domain: true }, orderBy: { domain: "asc" } } } },
  _count: { select: { users: true } },
} satisfies Prisma.DeviceSelect;

function toRow(d: Prisma.DeviceGetPayload<{ select: typeof DEVICE }>) {
  return {
    serial: d.serial,
    product: d.product,
    company: d.company?.name ?? null,
    domains: d.company?.domains.map((x) => x.domain) ?? [],
    users: d._count.users,
    updatedAt: d.updatedAt,
  };
}

/** The registry, searchable by serial (prefix), company, domain or product. */
export async function listDevices({ actor, q, ...page }: { actor: StaffActor; q?: string } & Paging) {
  assertStaff(actor);
  const p = paging(page);
  const where = deviceWhere(q);
  const [rows, total] = await Promise.all([
    db.device.findMany({ where, select: DEVICE, orderBy: { serial: "asc" }, skip: p.skip, take: p.take }),
    db.device.count({ where }),
  ]);
  return pageOf(rows.map(toRow), total, p);
}

export async function getDevice({ actor, serial }: { actor: StaffActor; serial: string }) {
  assertStaff(actor);
  const d = await db.device.findUnique({ where: { serial: normalizeSerial(serial) }, select: DEVICE });
  return d && toRow(d);
}

export async function listProducts({ actor }: { actor: StaffActor }) {
  assertStaff(actor);
  return db.product.findMany({ select: { slug: true, name: true }, orderBy: { name: "asc" } });
}

/**
 * Adds a device ("create": the serial must be new) or changes one ("update": product, owner and the
 * owner's domains, which the form shows whole and so replaces). Support and admins both may.
 */
export async function saveDevice({
  actor,
  input,
  mode,
  ip,
}: {
  actor: StaffActor;
  input: Omit<DeviceInput, "line">;
  mode: "create" | "update";
  ip?: string | null;
}): Promise<{ ok: true; serial: string } | { ok: false; errors: LineError[] }> {
  assertStaff(actor);
  const { valid, errors } = await checkDeviceLines([{ line: 1, ...input }]);
  const line = valid[0];
  if (errors.length || !line) return { ok: false, errors };
  const exists = line.change !== "create";
  if (mode === "create" && exists)
    return { ok: false, errors: [{ line: 1, field: "serial", code: "serialTaken" }] };
  if (mode === "update" && !exists) throw new StaffError("notFound");
  await db.$transaction(async (tx) => {
    await writeDevices(tx, [line], mode === "update");
    await audit(
      {
        action: mode === "create" ? "staff.device.created" : "staff.device.updated",
        actorId: actor.id,
        ip,
        details: {
          serial: line.serial,
          productId: line.productId,
          company: line.company,
          domains: line.domains,
        },
      },
      tx,
    );
  });
  return { ok: true, serial: line.serial };
}

/** The whole registry as CSV in the import's own format, so an export can be edited and re-imported. */
export async function exportDevicesCsv({ actor }: { actor: StaffActor }) {
  assertStaff(actor);
  const out = [csvLine(["serial", "product", "company", "domains"])];
  let cursor: string | undefined;
  for (;;) {
    const rows = await db.device.findMany({
      select: DEVICE,
      orderBy: { serial: "asc" },
      take: 2000,
      ...(cursor && { cursor: { serial: cursor }, skip: 1 }),
    });
    for (const d of rows.map(toRow))
      out.push(csvLine([d.serial, d.product.slug, d.company, d.domains.join(" ")]));
    if (rows.length < 2000) break;
    cursor = rows.at(-1)!.serial;
  }
  return `\uFEFF${out.join("\r\n")}\r\n`;
}
