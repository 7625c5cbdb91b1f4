import "server-only";
import { db } from "@/lib/db";
import { USER_PROFILE_SELECT } from "@/lib/dal/user-profile-select";
import { now } from "@/lib/clock";
import { assertStaff, type StaffActor } from "./actor";
import { withPeople } from "./audit-log";

/** The user page: profile, status, role, devices, interests, sessions and recent audit events. */
export async function getUserDetail({ actor, userId }: { actor: StaffActor; userId: string }) {
  assertStaff(actor);
  const user = await db.user.findFirst({
    where: { id: userId, deletedAt: null },
    select: {
      ...USER_PROFILE_SELECT,
      mustChangePassword: true,
      reviewReason: true,
      rejectionReason: true,
      rejectionNote: true,
      statusChangedAt: true,
      activatedAt: true,
      lastSignInAt: true,
      createdAt: true,
      passwordHash: true,
      devices: {
        orderBy: { addedAt: "asc" },
        select: {
          addedAt: true,
          device: {
            select: {
              serial: true,
              product: { select: { name: true } },
              company: { select: { name: true } },
            },
          },
        },
      },
      interests: { select: { topic: { select: { slug: true, nameEn: true, nameDe: true, nameEs: true } } } },
      legacyAccount: { select: { email: true, migratedAt: true } },
    },
  });
  if (!user) return null;
  const [activeSessions, events] = await Promise.all([
    db.signInSession.count({ where: { userId, revokedAt: null, expiresAt: { gt: now() } } }),
    db.auditLog.findMany({
      where: { OR: [{ targetId: userId }, { actorId: userId }] },
      orderBy: { id: "desc" },
      take: 20,
      select: { id: true, at: true, action: true, actorId: true, targetId: true, ip: true, details: true },
    }),
  ]);
  const { passwordHash, devices, interests, ...rest } = user;
  return {
    ...rest,
    hasPassword: passwordHash !== null,
    devices: devices.map((d) => ({
      serial: d.device.serial,
      product: d.device.product.name,
      company: d.device.company?.name ?? null,
      addedAt: d.addedAt,
    })),
    interests: interests.map((i) => i.topic),
    activeSessions,
    events: await withPeople(events),
  };
}

export type UserDetail = NonNullable<Awaited<ReturnType<typeof getUserDetail>>>;
