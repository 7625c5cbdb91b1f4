import "server-only";
import type { User } from "next-auth";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { HOUR, now } from "@/lib/clock";
import { clientIpFrom, userAgentFrom } from "@/lib/request-info";
import { countSignIn } from "@/lib/observability/metrics";
import { dummyHash, verifyPassword, PASSWORD_MAX_LENGTH } from "./password";
import {
  allowSignInFrom,
  clearFailures,
  failureDelayMs,
  failureKey,
  failureState,
  recordFailure,
  recordIpFailure,
} from "./signin-throttle";
import { SignInFailure } from "./sign-in-failure";

/** Every sign-in ends 12 hours after it began, remembered or not (FAQ 2.7). */
export const SESSION_LIFETIME_MS = 12 * HOUR;

type Credentials = Partial<Record<string, unknown>>;

function parse(credentials: Credentials) {
  const identifier =
    typeof credentials.identifier === "string" ? credentials.identifier.trim().toLowerCase() : "";
  const password = typeof credentials.password === "string" ? credentials.password : "";
  const remember = ["1", "true", "on"].includes(String(credentials.remember ?? ""));
  return { identifier: identifier.slice(0, 254), password: password.slice(0, PASSWORD_MAX_LENGTH), remember };
}

// Username or e-mail, both stored lower-case (so both compare case-insensitively).
function findUser(identifier: string) {
  if (!identifier) return null;
  return db.user.findFirst({
    where: { deletedAt: null, OR: [{ email: identifier }, { username: identifier }] },
    select: { id: true, passwordHash: true, status: true, sessionVersion: true },
  });
}

const pause = (ms: number) => (ms > 0 ? new Promise((r) => setTimeout(r, ms)) : Promise.resolve());

/**
 * The Credentials provider's authorize(): one path for the sign-in action and Auth.js's own
 * callback endpoint. Unknown identifier, wrong password and a blocked account answer the same
 * way and take the same time (an argon2 verify against a dummy hash when there is nothing real to
 * verify). Throws SignInFailure; returns the user with a new SignInSession on success.
 */
export async function authorizeCredentials(credentials: Credentials, request: Request): Promise<User> {
  const ip = clientIpFrom(request.headers);
  const { identifier, password, remember } = parse(credentials);

  if (!(await allowSignInFrom(ip))) {
    await audit({ action: "signin.throttled", ip });
    countSignIn("blocked");
    throw new SignInFailure("rate_limited");
  }

  const user = await findUser(identifier);
  const key = failureKey(user?.id ?? null, identifier);
  const before = await failureState(key);
  if (before.locked) {
    await verifyPassword(await dummyHash(), password);
    await audit({ action: "signin.blocked", targetId: user?.id, ip, details: { failures: before.failures } });
    countSignIn("blocked");
    throw new SignInFailure("invalid");
  }
  await pause(failureDelayMs(before.failures));

  const hash = user?.passwordHash ?? (await dummyHash());
  const verified = (await verifyPassword(hash, password)) && !!user?.passwordHash;
  if (!user || !verified) {
    const { failures, lockedNow } = await recordFailure(key);
    await recordIpFailure(ip);
    const reason = user ? "wrong_password" : "unknown_identifier";
    await audit({ action: "signin.failure", targetId: user?.id, ip, details: { reason, failures } });
    if (lockedNow) await audit({ action: "signin.locked", targetId: user?.id, ip, details: { failures } });
    countSignIn("failure");
    throw new SignInFailure("invalid");
  }
  await clearFailures(key);

  if (user.status !== "ACTIVE") {
    await audit({ action: "signin.refused", targetId: user.id, ip, details: { status: user.status } });
    countSignIn("refused");
    if (user.status === "PENDING_EMAIL") throw new SignInFailure("pending_email");
    if (user.status === "PENDING_REVIEW") throw new SignInFailure("pending_review");
    throw new SignInFailure("contact_support");
  }

  const at = now();
  const expiresAt = new Date(at.getTime() + SESSION_LIFETIME_MS);
  const session = await db.$transaction(async (tx) => {
    const row = await tx.signInSession.create({
      data: {
        userId: user.id,
        remember,
        ip,
        userAgent: userAgentFrom(request.headers),
        createdAt: at,
        lastSeenAt: at,
        expiresAt,
      },
      select: { id: true },
    });
    await tx.user.update({ where: { id: user.id }, data: { lastSignInAt: at } });
    await audit(
      { action: "signin.success", actorId: user.id, targetId: user.id, ip, details: { remember } },
      tx,
    );
    return row;
  });
  countSignIn("success");
  return { id: user.id, sid: session.id, sv: user.sessionVersion, remember, absExp: expiresAt.getTime() };
}
