import "server-only";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ImportMode } from "@/lib/validations/staff";
import { assertAdmin, assertStaff, type StaffActor } from "./actor";
import type { ImportSummary } from "./import-common";
import { checkLegacyLines, readLegacyFile, type CheckedLegacy } from "./legacy-lines";
import { pageOf, paging, type Paging } from "./pagination";

type Result = ImportSummary & { format: "csv" | "json"; valid: CheckedLegacy[] };

/**
 * Imports (or previews) an export of the old customer area: e-mail, names, company, country,
 * serials and interests, never passwords. Keyed by e-mail, so re-importing changes nothing.
 */
export async function importLegacyAccounts({
  actor,
  text,
  mode,
  ip,
  fileName,
}: {
  actor: StaffActor;
  text: string;
  mode: ImportMode | "preview";
  ip?: string | null;
  fileName?: string;
}): Promise<Result> {
  assertAdmin(actor);
  const read = readLegacyFile(text);
  const { valid, errors } = read.errors.length
    ? { valid: [], errors: read.errors }
    : await checkLegacyLines(read.lines);
  const count = (c: string) => valid.filter((v) => v.change === c).length;
  const summary: Result = {
    format: read.format,
    lines: read.lines.length,
    errors,
    create: count("create"),
    update: count("update"),
    unchanged: count("unchanged"),
    applied: false,
    mode,
    valid,
  };
  if (mode === "preview" || (mode === "all" && errors.length) || read.lines.length === 0) return summary;
  await db.$transaction(
    async (tx) => {
      const data = (l: CheckedLegacy) => ({
        firstName: l.firstName,
        lastName: l.lastName,
        company: l.company,
        country: l.country,
        serials: l.serials,
        interests: l.interests,
      });
      await tx.legacyAccount.createMany({
        data: valid.filter((l) => l.change === "create").map((l) => ({ email: l.email, ...data(l) })),
        skipDuplicates: true,
      });
      for (const l of valid.filter((l) => l.change === "update"))
        await tx.legacyAccount.updateMany({ where: { email: l.email, migratedAt: null }, data: data(l) });
      await audit(
        {
          action: "staff.legacy.imported",
          actorId: actor.id,
          ip,
          details: {
            fileName: fileName ?? null,
            format: read.format,
            mode,
            lines: summary.lines,
            created: summary.create,
            updated: summary.update,
            unchanged: summary.unchanged,
            errors: errors.length,
          },
        },
        tx,
      );
    },
    { timeout: 120_000 },
  );
  summary.applied = true;
  return summary;
}

export type LegacyState = "notRegistered" | "registered" | "migrated";

/** The imported accounts with how far each has come: not registered, registered, migrated. */
export async function listLegacyAccounts({
  actor,
  q,
  state,
  ...page
}: { actor: StaffActor; q?: string; state?: "notRegistered" | "migrated" } & Paging) {
  assertStaff(actor);
  const p = paging(page);
  const query = q?.trim().slice(0, 100);
  const where: Prisma.LegacyAccountWhereInput = {
    ...(state === "migrated" && { migratedAt: { not: null } }),
    ...(state === "notRegistered" && { migratedAt: null }),
    ...(query && {
      OR: [
        { email: { contains: query.toLowerCase() } },
        { lastName: { contains: query, mode: "insensitive" } },
        { firstName: { contains: query, mode: "insensitive" } },
        { company: { contains: query, mode: "insensitive" } },
      ],
    }),
  };
  const [rows, total] = await Promise.all([
    db.legacyAccount.findMany({ where, orderBy: { email: "asc" }, skip: p.skip, take: p.take }),
    db.legacyAccount.count({ where }),
  ]);
  // Someone may have registered with the address without the migration having completed yet.
  const users = await db.user.findMany({
    where: { email: { in: rows.map((r) => r.email) }, deletedAt: null },
    select: { id: true, email: true },
  });
  const userBy = new Map(users.map((u) => [u.email, u.id]));
  return pageOf(
    rows.map((r) => ({
      ...r,
      userId: r.userId ?? userBy.get(r.email) ?? null,
      state: (r.migratedAt
        ? "migrated"
        : userBy.has(r.email)
          ? "registered"
          : "notRegistered") as LegacyState,
    })),
    total,
    p,
  );
}
