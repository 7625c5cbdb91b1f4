import "server-only";
import { db } from "@/lib/db";
import { now } from "@/lib/clock";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertStaff, type StaffActor } from "./actor";
import { pageOf, paging, type Paging } from "./pagination";
import { endOfDay, userSearchWhere } from "./user-filters";

export type QueueFilters = {
  q?: string;
  reason?: string;
  country?: string;
  company?: string;
  domain?: string;
  /** Waiting since, inclusive days (the day the e-mail address was confirmed). */
  from?: Date;
  to?: Date;
};

const PENDING: Prisma.UserWhereInput = { status: "PENDING_REVIEW", deletedAt: null };

async function queueWhere(f: QueueFilters): Promise<Prisma.UserWhereInput> {
  const since: Prisma.DateTimeFilter = {};
  if (f.from) since.gte = f.from;
  if (f.to) since.lt = endOfDay(f.to);
  return {
    ...PENDING,
    ...(f.reason && { reviewReason: f.reason }),
    ...(f.country && { country: f.country.toUpperCase() }),
    ...(f.company && { company: { contains: f.company.trim(), mode: "insensitive" } }),
    ...(f.domain && { email: { endsWith: `@${f.domain.trim().toLowerCase().replace(/^@/, "")}` } }),
    ...((f.from || f.to) && { statusChangedAt: since }),
    AND: [await userSearchWhere(f.q)],
  };
}

const ROW = {
  id: true,
  email: true,
  firstName: true,
  lastName: true,
  company: true,
  country: true,
  reviewReason: true,
  statusChangedAt: true,
  devices: { select: { device: { select: { serial: true } } }, take: 3 },
} satisfies Prisma.UserSelect;

/** Accounts waiting for review, oldest first, with how long each has waited. */
export async function getVerificationQueue({
  actor,
  filters = {},
  ...page
}: { actor: StaffActor; filters?: QueueFilters } & Paging) {
  assertStaff(actor);
  const p = paging(page);
  const where = await queueWhere(filters);
  const [rows, total] = await Promise.all([
    db.user.findMany({
      where,
      select: ROW,
      orderBy: [{ statusChangedAt: "asc" }, { id: "asc" }],
      skip: p.skip,
      take: p.take,
    }),
    db.user.count({ where }),
  ]);
  const at = now().getTime();
  return pageOf(
    rows.map(({ devices, ...r }) => ({
      ...r,
      serials: devices.map((d) => d.device.serial),
      waitingMs: Math.max(0, at - r.statusChangedAt.getTime()),
    })),
    total,
    p,
  );
}

export type QueueRow = Awaited<ReturnType<typeof getVerificationQueue>>["rows"][number];

/** The console header's figures: how many wait, and since when the oldest does. */
export async function getPendingSummary({ actor }: { actor: StaffActor }) {
  assertStaff(actor);
  const [count, oldest] = await Promise.all([
    db.user.count({ where: PENDING }),
    db.user.findFirst({
      where: PENDING,
      orderBy: { statusChangedAt: "asc" },
      select: { statusChangedAt: true },
    }),
  ]);
  return {
    count,
    oldestWaitingMs: oldest ? Math.max(0, now().getTime() - oldest.statusChangedAt.getTime()) : null,
  };
}

/** Values the filter menus offer, with how many pending accounts have each. */
export async function getQueueFacets({ actor }: { actor: StaffActor }) {
  assertStaff(actor);
  const [reasons, countries] = await Promise.all([
    db.user.groupBy({
      by: ["reviewReason"],
      where: PENDING,
      _count: { _all: true },
      orderBy: { reviewReason: "asc" },
    }),
    db.user.groupBy({ by: ["country"], where: PENDING, _count: { _all: true }, orderBy: { country: "asc" } }),
  ]);
  return {
    reasons: reasons.flatMap((r) =>
      r.reviewReason ? [{ value: r.reviewReason, count: r._count._all }] : [],
    ),
    countries: countries.map((c) => ({ value: c.country, count: c._count._all })),
  };
}
