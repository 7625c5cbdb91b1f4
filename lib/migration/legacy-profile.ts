import "server-only";
import { db } from "@/lib/db";

// The audit entry that records a completed migration profile. The data model has no "profile
// completed" column, and the append-only log is exactly a record of something that happened once.
export const PROFILE_COMPLETED = "migration.profile_completed";

export type LegacyPrefill = {
  firstName: string;
  lastName: string;
  company: string;
  country: string;
  /** Serials of the legacy account found in the device registry, plus the registered ones. */
  serials: { serial: string; productName: string; registered: boolean }[];
  /** Topic slugs: the legacy interests that still exist, plus the ones chosen at registration. */
  interests: string[];
};

/** Whether this user migrated a legacy account and has not completed the profile yet. */
export async function needsProfileCompletion(userId: string) {
  const legacy = await db.legacyAccount.findUnique({ where: { userId }, select: { id: true } });
  if (!legacy) return false;
  const done = await db.auditLog.findFirst({
    where: { targetId: userId, action: PROFILE_COMPLETED },
    select: { id: true },
  });
  return !done;
}

/** The data for "complete your profile", or null when there is nothing (left) to complete. */
export async function legacyPrefill(userId: string): Promise<LegacyPrefill | null> {
  if (!(await needsProfileCompletion(userId))) return null;
  const [legacy, user] = await Promise.all([
    db.legacyAccount.findUniqueOrThrow({ where: { userId } }),
    db.user.findUniqueOrThrow({
      where: { id: userId },
      select: {
        devices: { select: { device: { select: { serial: true, product: { select: { name: true } } } } } },
        interests: { select: { topic: { select: { slug: true } } } },
      },
    }),
  ]);
  const [devices, topics] = await Promise.all([
    db.device.findMany({
      where: { serial: { in: legacy.serials.map((s) => s.toUpperCase()) } },
      select: { serial: true, product: { select: { name: true } } },
    }),
    db.topic.findMany({ where: { slug: { in: legacy.interests } }, select: { slug: true } }),
  ]);
  const registered = user.devices.map((d) => d.device.serial);
  const serials = [
    ...user.devices.map((d) => ({
      serial: d.device.serial,
      productName: d.device.product.name,
      registered: true,
    })),
    ...devices
      .filter((d) => !registered.includes(d.serial))
      .map((d) => ({ serial: d.serial, productName: d.product.name, registered: false })),
  ];
  const interests = [...new Set([...topics.map((t) => t.slug), ...user.interests.map((i) => i.topic.slug)])];
  return {
    firstName: legacy.firstName,
    lastName: legacy.lastName,
    company: legacy.company,
    country: legacy.country.toUpperCase(),
    serials,
    interests,
  };
}

/** For the confirmation page opened again (or first by a mail scanner): still to be completed? */
export async function legacyPendingForUsername(username: string) {
  const user = await db.user.findUnique({ where: { username }, select: { id: true } });
  return !!user && (await needsProfileCompletion(user.id));
}
