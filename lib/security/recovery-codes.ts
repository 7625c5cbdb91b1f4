import "server-only";
import { createHash, randomInt } from "node:crypto";
import type { Tx } from "@/lib/db";
import { now } from "@/lib/clock";

// Ten single-use recovery codes, stored as SHA-256 hashes: each has 50 random bits, far beyond
// guessing under the per-account throttle, so a slow password hash adds nothing.
export const RECOVERY_CODE_COUNT = 10;
const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"; // no 0/o, 1/l/i

function randomCode() {
  let s = "";
  for (let i = 0; i < 10; i++) s += ALPHABET[randomInt(ALPHABET.length)];
  return `${s.slice(0, 5)}-${s.slice(5)}`;
}

export function normalizeRecoveryCode(input: string) {
  const s = input.toLowerCase().replace(/[^a-z0-9]/g, "");
  return s.length === 10 ? `${s.slice(0, 5)}-${s.slice(5)}` : null;
}

export function hashRecoveryCode(code: string) {
  return createHash("sha256").update(code).digest("hex");
}

/** Replaces the user's codes with a new set; returns the plain codes (shown once). */
export async function replaceRecoveryCodes(tx: Tx, userId: string): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, randomCode);
  await tx.recoveryCode.deleteMany({ where: { userId } });
  await tx.recoveryCode.createMany({
    data: codes.map((c) => ({ userId, codeHash: hashRecoveryCode(c), createdAt: now() })),
  });
  return codes;
}

/** Marks a matching unused code used (atomically); true when one was. */
export async function acceptRecoveryCode(tx: Tx, userId: string, input: string) {
  const code = normalizeRecoveryCode(input);
  if (!code) return false;
  const { count } = await tx.recoveryCode.updateMany({
    where: { userId, codeHash: hashRecoveryCode(code), usedAt: null },
    data: { usedAt: now() },
  });
  return count === 1;
}
