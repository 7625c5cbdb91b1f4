import "server-only";
import { db } from "@/lib/db";
import { now } from "@/lib/clock";
import { audit } from "@/lib/audit";
import type { z } from "zod/mini";
import type { completeProfileSchema } from "@/lib/validations/profile";
import { personColumns } from "@/lib/account/profile";
import { PROFILE_COMPLETED } from "./legacy-profile";

type Data = z.output<typeof completeProfileSchema>;

/**
 * Stores the checked profile of a migrated legacy account: person fields, the legacy devices the
 * user kept (only serials of the legacy record that are in the registry), interests. Once only:
 * the legacy row is locked and the completion recorded in the same transaction.
 */
export async function completeLegacyProfile(
  userId: string,
  data: Data,
  ip?: string | null,
): Promise<{ ok: true } | { ok: false; reason: "notLegacy" | "alreadyDone" }> {
  return db.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ serials: string[] }[]>`
      SELECT serials FROM "LegacyAccount" WHERE "userId" = ${userId} FOR UPDATE`;
    const legacy = locked[0];
    if (!legacy) return { ok: false, reason: "notLegacy" } as const;
    const done = await tx.auditLog.findFirst({
      where: { targetId: userId, action: PROFILE_COMPLETED },
      select: { id: true },
    });
    if (done) return { ok: false, reason: "alreadyDone" } as const;

    const legacySerials = legacy.serials.map((s) => s.toUpperCase());
    const kept = data.serials.filter((s) => legacySerials.includes(s));
    const devices = await tx.device.findMany({ where: { serial: { in: kept } }, select: { id: true } });
    const topics = await tx.topic.findMany({ where: { slug: { in: data.interests } }, select: { id: true } });
    const at = now();
    await tx.user.update({
      where: { id: userId },
      data: personColumns(data),
    });
    await tx.userDevice.createMany({
      data: devices.map((d) => ({ userId, deviceId: d.id, addedAt: at })),
      skipDuplicates: true,
    });
    await tx.userInterest.deleteMany({ where: { userId } });
    await tx.userInterest.createMany({ data: topics.map((t) => ({ userId, topicId: t.id })) });
    await audit(
      {
        action: PROFILE_COMPLETED,
        actorId: userId,
        targetId: userId,
        ip,
        details: { devices: devices.length, interests: topics.length },
      },
      tx,
    );
    return { ok: true } as const;
  });
}
