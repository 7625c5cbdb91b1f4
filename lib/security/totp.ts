import "server-only";
import { Secret, TOTP } from "otpauth";
import { renderSVG } from "uqr";
import { db } from "@/lib/db";
import { now } from "@/lib/clock";
import { brand } from "@/lib/config";
import { open, seal } from "./secret-box";

// Authenticator-app codes (RFC 6238): 6 digits, 30-second steps, one step either side accepted.
// Each accepted step is recorded, so a code cannot be used twice (nor an older one after it).
const PERIOD = 30;

function totpOf(secretBase32: string, label = "") {
  return new TOTP({
    issuer: brand.portalName,
    label,
    algorithm: "SHA1",
    digits: 6,
    period: PERIOD,
    secret: Secret.fromBase32(secretBase32),
  });
}

export type TotpEnrolment = { secret: string; uri: string; qrSvg: string };

/**
 * The not-yet-confirmed key for `userId`, created on first call (the same key on every reload
 * until it is confirmed). Null when an authenticator is already confirmed.
 */
export async function pendingTotpEnrolment(userId: string, label: string): Promise<TotpEnrolment | null> {
  const row = await db.totpFactor.findUnique({ where: { userId } });
  if (row?.confirmedAt) return null;
  let secret = row ? open(row.secretCipher, row.keyId) : null;
  if (!secret) {
    secret = new Secret({ size: 20 }).base32;
    const { cipher, keyId } = seal(secret);
    await db.totpFactor.upsert({
      where: { userId },
      create: { userId, secretCipher: cipher, keyId, createdAt: now() },
      update: { secretCipher: cipher, keyId, confirmedAt: null, lastUsedStep: null, createdAt: now() },
    });
  }
  const uri = totpOf(secret, label).toString();
  return { secret, uri, qrSvg: renderSVG(uri, { border: 2 }) };
}

/** The time step a code matches (±1 step around now), or null. */
export function matchingStep(secretBase32: string, code: string, at: Date = now()): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const timestamp = at.getTime();
  const delta = totpOf(secretBase32).validate({ token: code, timestamp, window: 1 });
  if (delta === null) return null;
  return Math.floor(timestamp / 1000 / PERIOD) + delta;
}

/**
 * Checks a code against the user's authenticator; on success records the step (atomically, so
 * two requests with one code cannot both pass). `confirmed: false` checks the pending key.
 */
export async function acceptTotpCode(userId: string, code: string, { confirmed = true } = {}) {
  const row = await db.totpFactor.findUnique({ where: { userId } });
  if (!row || !!row.confirmedAt !== confirmed) return false;
  const secret = open(row.secretCipher, row.keyId);
  const step = secret ? matchingStep(secret, code.replace(/\s/g, "")) : null;
  if (step === null) return false;
  const { count } = await db.totpFactor.updateMany({
    where: { userId, OR: [{ lastUsedStep: null }, { lastUsedStep: { lt: BigInt(step) } }] },
    data: { lastUsedStep: BigInt(step), ...(confirmed ? {} : { confirmedAt: now() }) },
  });
  return count === 1;
}
