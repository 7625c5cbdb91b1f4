import "server-only";
import { db } from "@/lib/db";
import type { Prisma, Role, UserStatus } from "@/lib/generated/prisma/client";
import { assertStaff, type StaffActor } from "./actor";
import { pageOf, paging, type Paging } from "./pagination";
import { userSearchWhere } from "./user-filters";

export type UserFilters = { q?: string; status?: UserStatus; role?: Role };

/** Users found by e-mail, username, name, company or serial; sorted by e-mail (its unique index). */
export async function searchUsers({
  actor,
  filters = {},
  ...page
}: { actor: StaffActor; filters?: UserFilters } & Paging) {
  assertStaff(actor);
  const p = paging(page);
  const where: Prisma.UserWhereInput = {
    deletedAt: null,
    ...(filters.status && { status: filters.status }),
    ...(filters.role && { role: filters.role }),
    AND: [await userSearchWhere(filters.q)],
  };
  const [rows, total] = await Promise.all([
    db.user.findMany({
      where,
      select: {
        id: true,
        email: true,
        username: true,
        firstName: true,
        lastName: true,
        company: true,
        country: true,
        status: true,
        role: true,
        createdAt: true,
        lastSignInAt: true,
      },
      orderBy: { email: "asc" },
      skip: p.skip,
      take: p.take,
    }),
    db.user.count({ where }),
  ]);
  return pageOf(rows, total, p);
}

export type UserRow = Awaited<ReturnType<typeof searchUsers>>["rows"][number];
