import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { Role } from "@/lib/generated/prisma/client";

export type SecondFactors = { totp: boolean; passkeys: number; recoveryLeft: number };

/** The user's confirmed second factors. */
export async function secondFactorsOf(userId: string): Promise<SecondFactors> {
  const [totp, passkeys, recoveryLeft] = await Promise.all([
    db.totpFactor.findFirst({ where: { userId, confirmedAt: { not: null } }, select: { userId: true } }),
    db.passkey.count({ where: { userId } }),
    db.recoveryCode.count({ where: { userId, usedAt: null } }),
  ]);
  return { totp: !!totp, passkeys, recoveryLeft };
}

export function hasSecondFactor(f: SecondFactors) {
  return f.totp || f.passkeys > 0;
}

/** Staff always need a second factor; customers when the configuration says so. */
export function secondFactorRequired(role: Role) {
  return role !== "CUSTOMER" || env.MFA_REQUIRED_FOR_CUSTOMERS;
}
