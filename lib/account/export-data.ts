import "server-only";
import { db } from "@/lib/db";
import { USER_PROFILE_SELECT } from "@/lib/dal/user-profile-select";
import { now } from "@/lib/clock";

/** Everything the portal stores about a user, for "download my data" (no secrets, no hashes). */
export async function exportUserData(userId: string) {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      ...USER_PROFILE_SELECT,
      activatedAt: true,
      lastSignInAt: true,
      createdAt: true,
      updatedAt: true,
      devices: {
        select: { addedAt: true, device: { select: { serial: true, product: { select: { name: true } } } } },
      },
      interests: { select: { topic: { select: { slug: true, nameEn: true } } } },
      signIns: {
        select: {
          createdAt: true,
          lastSeenAt: true,
          expiresAt: true,
          revokedAt: true,
          ip: true,
          userAgent: true,
        },
        orderBy: { createdAt: "desc" },
      },
      passkeys: { select: { name: true, createdAt: true, lastUsedAt: true } },
      legacyAccount: {
        select: {
          email: true,
          firstName: true,
          lastName: true,
          company: true,
          country: true,
          serials: true,
          interests: true,
          importedAt: true,
          migratedAt: true,
        },
      },
    },
  });
  const audit = await db.auditLog.findMany({
    where: { OR: [{ targetId: userId }, { actorId: userId }] },
    orderBy: { id: "asc" },
    select: { at: true, action: true, ip: true, details: true },
  });
  const { devices, interests, signIns, passkeys, legacyAccount, ...profile } = user;
  return {
    exportedAt: now().toISOString(),
    profile,
    devices: devices.map((d) => ({
      serial: d.device.serial,
      product: d.device.product.name,
      addedAt: d.addedAt,
    })),
    interests: interests.map((i) => ({ slug: i.topic.slug, name: i.topic.nameEn })),
    sessions: signIns,
    passkeys,
    legacyAccount,
    audit,
  };
}
