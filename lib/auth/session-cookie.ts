import "server-only";
import { cookies } from "next/headers";
import type { JWT, JWTDecodeParams, JWTEncodeParams } from "@auth/core/jwt";
import { env } from "@/lib/env";
import { now } from "@/lib/clock";
import { readClaims, type SessionClaims } from "./claims";
import { SESSION_COOKIE_NAMES } from "./cookie-names";
import { decodeJwt, encodeJwt } from "./session-jwt";

/*
 * Session cookie design ("remember me", FAQ 2.7).
 *
 * Auth.js gives every session cookie the same lifetime (session.maxAge) and slides it on each
 * session read. The portal needs two kinds of sign-in instead:
 *   - remembered: a persistent cookie that expires exactly 12 hours after sign-in;
 *   - not remembered: a browser-session cookie (no Expires), ended on the server after 12 hours
 *     at the latest and after SESSION_IDLE_MINUTES without activity.
 * So the JWT carries the choice (`rem`) and its own absolute end (`absExp`), set once at sign-in:
 *   1. `encodeSessionJwt` (Auth.js's jwt.encode) sets the JWT's `exp` to `absExp`, so re-signing a
 *      token never extends it;
 *   2. `sessionCookieOptions` derives the Set-Cookie attributes from the claims, and every place a
 *      session cookie is written applies them: the sign-in action (`applySessionCookiePolicy`), the
 *      Auth.js route handlers (`withSessionCookiePolicy`) and re-issuing after a password change;
 *   3. the jwt callback rejects the token on the server from `absExp`, the SignInSession row
 *      (revoked, expired, idle) and User.sessionVersion, whatever the browser still sends.
 */

export function secureCookies() {
  return env.APP_BASE_URL.startsWith("https://");
}

export function sessionCookieName() {
  return secureCookies() ? SESSION_COOKIE_NAMES.secure : SESSION_COOKIE_NAMES.plain;
}

export type SessionCookieOptions = {
  httpOnly: true;
  sameSite: "lax";
  path: "/";
  secure: boolean;
  expires?: Date;
};

export function sessionCookieOptions(claims: Pick<SessionClaims, "rem" | "absExp">): SessionCookieOptions {
  const base = { httpOnly: true, sameSite: "lax", path: "/", secure: secureCookies() } as const;
  return claims.rem ? { ...base, expires: new Date(claims.absExp) } : base;
}

/**
 * The secrets session tokens are made and read with, newest first: AUTH_SECRET, then during a
 * rotation AUTH_SECRET_PREVIOUS (docs/operations.md "Rotating secrets"). Tokens are always made
 * with the first; reading tries each in turn, so cookies from before the rotation stay valid.
 */
export function authSecrets(): string[] {
  const previous = env.AUTH_SECRET_PREVIOUS;
  return previous && previous !== env.AUTH_SECRET ? [env.AUTH_SECRET, previous] : [env.AUTH_SECRET];
}

/** Auth.js's default lifetime of a token without our claims (e.g. the CSRF-less callback paths). */
const DEFAULT_MAX_AGE_S = 30 * 24 * 60 * 60;

/** jwt.encode for Auth.js: the token's `exp` is its absolute end, never "now + maxAge". */
export async function encodeSessionJwt(params: JWTEncodeParams<JWT>) {
  const claims = readClaims(params.token);
  const maxAge = claims
    ? Math.max(1, Math.ceil((claims.absExp - now().getTime()) / 1000))
    : (params.maxAge ?? DEFAULT_MAX_AGE_S);
  return encodeJwt({ ...params.token }, authSecrets()[0]!, params.salt, maxAge);
}

export async function decodeSessionJwt(params: JWTDecodeParams): Promise<JWT | null> {
  if (!params.token) return null;
  return (await decodeJwt(params.token, authSecrets(), params.salt)) as JWT;
}

function jwtParams() {
  return { secret: authSecrets(), salt: sessionCookieName() };
}

/** Claims of a raw cookie value; null when it does not decrypt or lacks our claims. */
export async function decodeSessionCookie(value: string | undefined): Promise<SessionClaims | null> {
  if (!value) return null;
  try {
    return readClaims(await decodeSessionJwt({ ...jwtParams(), token: value }));
  } catch {
    return null;
  }
}

/** Writes the session cookie for these claims (server actions only). */
export async function writeSessionCookie(claims: SessionClaims) {
  const token = await encodeSessionJwt({ ...jwtParams(), token: { ...claims } });
  (await cookies()).set(sessionCookieName(), token, sessionCookieOptions(claims));
}

/** The current request's session claims, read straight from the cookie (not yet validated). */
export async function readSessionCookie() {
  return decodeSessionCookie((await cookies()).get(sessionCookieName())?.value);
}

/**
 * After Auth.js's signIn() has set the cookie with its one-size lifetime: set it again with the
 * attributes this sign-in's claims call for.
 */
export async function applySessionCookiePolicy() {
  const jar = await cookies();
  const value = jar.get(sessionCookieName())?.value;
  const claims = await decodeSessionCookie(value);
  if (value && claims) jar.set(sessionCookieName(), value, sessionCookieOptions(claims));
}
