import "server-only";
import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { cookies } from "next/headers";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { MINUTE, now } from "@/lib/clock";
import { secureCookies } from "./session-cookie";

// Between a correct password and the second factor no session exists yet: a signed, HttpOnly
// cookie (5 minutes) names the user and the "remember me" choice. Its nonce is stored (hashed) as
// an AuthChallenge and consumed when the second step succeeds, so the cookie works exactly once.
export const PENDING_TTL_MS = 5 * MINUTE;
const PURPOSE = "signin-pending";

export type PendingSignIn = { userId: string; remember: boolean; nonce: string; exp: number };

export function pendingCookieName() {
  return secureCookies() ? "__Host-portal.pending-signin" : "portal.pending-signin";
}

function sign(payload: string) {
  return createHmac("sha256", `${env.AUTH_SECRET}:pending-sign-in`).update(payload).digest("base64url");
}

const hashNonce = (nonce: string) => createHash("sha256").update(nonce).digest("hex");

export function encodePending(p: PendingSignIn) {
  const payload = Buffer.from(JSON.stringify(p)).toString("base64url");
  return `${payload}.${sign(payload)}`;
}

/** The cookie's content when its signature holds and it has not expired (not yet whether used). */
export function decodePending(value: string | undefined, at: Date = now()): PendingSignIn | null {
  const [payload, mac] = value?.split(".") ?? [];
  if (!payload || !mac) return null;
  const expected = Buffer.from(sign(payload));
  const given = Buffer.from(mac);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const p = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as PendingSignIn;
    if (typeof p.userId !== "string" || typeof p.nonce !== "string" || typeof p.exp !== "number") return null;
    return p.exp > at.getTime() ? { ...p, remember: p.remember === true } : null;
  } catch {
    return null;
  }
}

/** After a correct password on an account with a second factor. */
export async function startPendingSignIn(userId: string, remember: boolean) {
  const nonce = randomBytes(32).toString("base64url");
  const exp = now().getTime() + PENDING_TTL_MS;
  await db.authChallenge.create({
    data: { challenge: hashNonce(nonce), purpose: PURPOSE, userId, expiresAt: new Date(exp) },
  });
  (await cookies()).set(pendingCookieName(), encodePending({ userId, remember, nonce, exp }), {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: secureCookies(),
    maxAge: PENDING_TTL_MS / 1000,
  });
}

/** This request's pending sign-in, when valid and not yet used. */
export async function readPendingSignIn(): Promise<PendingSignIn | null> {
  const p = decodePending((await cookies()).get(pendingCookieName())?.value);
  if (!p) return null;
  const row = await db.authChallenge.findUnique({ where: { challenge: hashNonce(p.nonce) } });
  const live = row && row.purpose === PURPOSE && row.userId === p.userId && !row.usedAt;
  return live && row.expiresAt > now() ? p : null;
}

/** Uses the pending sign-in up (atomically): true exactly once. */
export async function consumePendingSignIn(p: PendingSignIn) {
  const { count } = await db.authChallenge.updateMany({
    where: {
      challenge: hashNonce(p.nonce),
      purpose: PURPOSE,
      userId: p.userId,
      usedAt: null,
      expiresAt: { gt: now() },
    },
    data: { usedAt: now() },
  });
  (await cookies()).set(pendingCookieName(), "", { path: "/", maxAge: 0 });
  return count === 1;
}
