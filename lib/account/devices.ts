import "server-only";
import { db } from "@/lib/db";
import { now } from "@/lib/clock";
import { audit } from "@/lib/audit";
import { checkSerial } from "@/lib/registration/serials";

export type AddDeviceOutcome =
  { ok: true } | { ok: false; problem: "serialFormat" | "serialUnknown" | "deviceAlreadyAdded" };

/** Adds a device by its nameplate serial, looked up in the registry exactly as at registration. */
export async function addDevice(
  userId: string,
  serial: string,
  ip?: string | null,
): Promise<AddDeviceOutcome> {
  const check = await checkSerial(serial);
  if (check.state === "format") return { ok: false, problem: "serialFormat" };
  if (check.state === "unknown") return { ok: false, problem: "serialUnknown" };
  return db.$transaction(async (tx) => {
    const { count } = await tx.userDevice.createMany({
      data: [{ userId, deviceId: check.deviceId, addedAt: now() }],
      skipDuplicates: true,
    });
    if (count === 0) return { ok: false, problem: "deviceAlreadyAdded" } as const;
    await audit(
      {
        action: "account.device_added",
        actorId: userId,
        targetId: userId,
        ip,
        details: { serial: check.serial },
      },
      tx,
    );
    return { ok: true } as const;
  });
}

/**
 * Removes one of the user's devices. Removing the last one is allowed: the account was verified
 * when it was activated, and a customer who sold a device should not have to keep it listed;
 * the devices only decide which software updates the dashboard shows.
 */
export async function removeDevice(userId: string, serial: string, ip?: string | null) {
  return db.$transaction(async (tx) => {
    const { count } = await tx.userDevice.deleteMany({ where: { userId, device: { serial } } });
    if (count > 0) {
      await audit(
        { action: "account.device_removed", actorId: userId, targetId: userId, ip, details: { serial } },
        tx,
      );
    }
    return count > 0;
  });
}
