import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertStaff, type StaffActor } from "./actor";
import { endOfDay } from "./user-filters";

export type AuditFilters = {
  /** An action or its prefix: "signin." finds every sign-in event. */
  action?: string;
  /** E-mail address or user id of who acted / whom it concerned. */
  actor?: string;
  target?: string;
  from?: Date;
  to?: Date;
};

export const AUDIT_PAGE_SIZE = 50;

async function userIdFor(ref: string | undefined) {
  const value = ref?.trim();
  if (!value) return undefined;
  if (!value.includes("@")) return value;
  const user = await db.user.findUnique({ where: { email: value.toLowerCase() }, select: { id: true } });
  // An address nobody has now may still be in old entries' details, but never as an id: match none.
  return user?.id ?? "-";
}

/**
 * The audit log, newest first, in pages of 50 by keyset (`before`/`after` an entry id) so paging
 * stays as fast on page 1,000 as on page 1 and needs no count of a table that only grows.
 */
export async function queryAuditLog({
  actor,
  filters = {},
  before,
  after,
}: {
  actor: StaffActor;
  filters?: AuditFilters;
  before?: string;
  after?: string;
}) {
  assertStaff(actor);
  const [actorId, targetId] = await Promise.all([userIdFor(filters.actor), userIdFor(filters.target)]);
  const at: Prisma.DateTimeFilter = {};
  if (filters.from) at.gte = filters.from;
  if (filters.to) at.lt = endOfDay(filters.to);
  const action = filters.action?.trim();
  const cursor = toBigInt(after ?? before);
  const where: Prisma.AuditLogWhereInput = {
    ...(action && (action.endsWith(".") ? { action: { startsWith: action } } : { action })),
    ...(actorId && { actorId }),
    ...(targetId && { targetId }),
    ...((filters.from || filters.to) && { at }),
    ...(cursor !== undefined && { id: after ? { gt: cursor } : { lt: cursor } }),
  };
  const rows = await db.auditLog.findMany({
    where,
    orderBy: { id: after ? "asc" : "desc" },
    take: AUDIT_PAGE_SIZE + 1,
  });
  const more = rows.length > AUDIT_PAGE_SIZE;
  const page = rows.slice(0, AUDIT_PAGE_SIZE);
  if (after) page.reverse();
  const entries = await withPeople(page);
  const first = entries[0]?.id;
  const last = entries.at(-1)?.id;
  return {
    entries,
    // Older entries exist below this page; newer ones above it.
    olderCursor: (after ? cursor !== undefined : more) ? last : undefined,
    newerCursor: (after ? more : cursor !== undefined) ? first : undefined,
  };
}

function toBigInt(value: string | undefined) {
  return value && /^\d{1,19}$/.test(value) ? BigInt(value) : undefined;
}

type Entry = {
  id: bigint;
  at: Date;
  action: string;
  actorId: string | null;
  targetId: string | null;
  ip: string | null;
  details: Prisma.JsonValue;
};

/** Entries with the e-mail addresses of actor and target, for people rather than ids on screen. */
export async function withPeople(entries: Entry[]) {
  const ids = [...new Set(entries.flatMap((e) => [e.actorId, e.targetId]).filter((x): x is string => !!x))];
  const users = ids.length
    ? await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, email: true } })
    : [];
  const email = new Map(users.map((u) => [u.id, u.email]));
  return entries.map((e) => ({
    ...e,
    id: e.id.toString(),
    actorEmail: e.actorId ? (email.get(e.actorId) ?? null) : null,
    targetEmail: e.targetId ? (email.get(e.targetId) ?? null) : null,
  }));
}

export type AuditRow = Awaited<ReturnType<typeof withPeople>>[number];

/** The actions present in the log, for the filter menu. */
export async function auditActions({ actor }: { actor: StaffActor }) {
  assertStaff(actor);
  const rows = await db.$queryRaw<{ action: string }[]>`
    WITH RECURSIVE a AS (
      (SELECT "action" FROM "AuditLog" ORDER BY "action" LIMIT 1)
      UNION ALL
      SELECT (SELECT "action" FROM "AuditLog" WHERE "action" > a."action" ORDER BY "action" LIMIT 1) FROM a WHERE a."action" IS NOT NULL
    ) SELECT "action" FROM a WHERE "action" IS NOT NULL`;
  return rows.map((r) => r.action);
}
