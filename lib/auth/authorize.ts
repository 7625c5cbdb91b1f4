import "server-only";
import type { User } from "next-auth";
import { audit } from "@/lib/audit";
import { clientIpFrom, userAgentFrom } from "@/lib/request-info";
import { countSignIn } from "@/lib/observability/metrics";
import { dummyHash, verifyPassword, PASSWORD_MAX_LENGTH } from "./password";
import { clearFailures, failureDelayMs, failureKey, recordFailure, recordIpFailure } from "./signin-throttle";
import { signInLookup } from "./sign-in-lookup";
import { SignInFailure } from "./sign-in-failure";
import { startPendingSignIn } from "./pending-sign-in";
import { startSession } from "./start-session";

type Credentials = Partial<Record<string, unknown>>;

function parse(credentials: Credentials) {
  const identifier =
    typeof credentials.identifier === "string" ? credentials.identifier.trim().toLowerCase() : "";
  const password = typeof credentials.password === "string" ? credentials.password : "";
  const remember = ["1", "true", "on"].includes(String(credentials.remember ?? ""));
  return { identifier: identifier.slice(0, 254), password: password.slice(0, PASSWORD_MAX_LENGTH), remember };
}

const pause = (ms: number) => (ms > 0 ? new Promise((r) => setTimeout(r, ms)) : Promise.resolve());

/**
 * The Credentials provider's authorize(): one path for the sign-in action and Auth.js's own
 * callback endpoint. Unknown identifier, wrong password and a blocked account answer the same
 * way and take the same time (an argon2 verify against a dummy hash when there is nothing real to
 * verify). Throws SignInFailure; returns the user with a new SignInSession on success, or (with a second
 * factor) starts the pending sign-in and throws "second_factor".
 */
export async function authorizeCredentials(credentials: Credentials, request: Request): Promise<User> {
  const ip = clientIpFrom(request.headers);
  const { identifier, password, remember } = parse(credentials);

  const userAgent = userAgentFrom(request.headers);
  const { allowed, user, failures: before } = await signInLookup(ip, identifier || null, userAgent);
  if (!allowed) {
    await audit({ action: "signin.throttled", ip });
    countSignIn("blocked");
    throw new SignInFailure("rate_limited");
  }
  const key = failureKey(user?.id ?? null, identifier);
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
  // Nothing to clear after a clean run (the usual case): saves a write on every sign-in.
  if (before.failures > 0) await clearFailures(key);

  if (user.status !== "ACTIVE") {
    await audit({ action: "signin.refused", targetId: user.id, ip, details: { status: user.status } });
    countSignIn("refused");
    if (user.status === "PENDING_EMAIL") throw new SignInFailure("pending_email");
    if (user.status === "PENDING_REVIEW") throw new SignInFailure("pending_review");
    throw new SignInFailure("contact_support");
  }

  // A second factor: no session yet, only the pending sign-in that leads to the second step.
  if (user.hasSecondFactor) {
    await startPendingSignIn(user.id, remember);
    await audit({ action: "signin.second_step", targetId: user.id, ip });
    throw new SignInFailure("second_factor");
  }

  return startSession({
    userId: user.id,
    sessionVersion: user.sessionVersion,
    remember,
    ip,
    userAgent,
    browserSeen: user.browserSeen,
    mfa: false,
    method: "password",
  });
}
