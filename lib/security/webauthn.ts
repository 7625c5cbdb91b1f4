import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { MINUTE, now } from "@/lib/clock";
import { brand } from "@/lib/config";

// Where passkeys are bound: from configuration only, never from the request's Host header.
export function relyingParty() {
  const base = new URL(env.APP_BASE_URL);
  return {
    id: env.WEBAUTHN_RP_ID ?? base.hostname,
    origin: env.WEBAUTHN_ORIGIN ? new URL(env.WEBAUTHN_ORIGIN).origin : base.origin,
    name: brand.portalName,
  };
}

export type ChallengePurpose = "passkey-register" | "passkey-signin";
const CHALLENGE_TTL_MS = 5 * MINUTE;

/** Stores the options' random challenge (base64url) so it can be used once within 5 minutes. */
export async function storeChallenge(challenge: string, purpose: ChallengePurpose, userId?: string) {
  await db.authChallenge.create({
    data: { challenge, purpose, userId, expiresAt: new Date(now().getTime() + CHALLENGE_TTL_MS) },
  });
  return challenge;
}

/** Uses a challenge up (atomically): true once, for the right purpose (and user) before it expires. */
export async function consumeChallenge(challenge: string, purpose: ChallengePurpose, userId?: string) {
  const { count } = await db.authChallenge.updateMany({
    where: {
      challenge,
      purpose,
      usedAt: null,
      expiresAt: { gt: now() },
      ...(userId ? { userId } : {}),
    },
    data: { usedAt: now() },
  });
  return count === 1;
}
