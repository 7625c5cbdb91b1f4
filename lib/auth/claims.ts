import type { JWT } from "@auth/core/jwt";

// What the session JWT carries (and nothing else: no name, e-mail or role, which are read fresh
// from the database on every request).
export type SessionClaims = {
  sub: string; // user id
  sid: string; // SignInSession id: lets one browser's session be ended on the server
  sv: number; // User.sessionVersion at sign-in: raising it ends every session at once
  rem: boolean; // "remember me": persistent cookie instead of a browser-session cookie
  absExp: number; // absolute end (ms since epoch), 12 h after sign-in; never extended
};

/** The claims of a decoded token, or null when any is missing or malformed. */
export function readClaims(token: JWT | null | undefined): SessionClaims | null {
  if (!token) return null;
  const { sub, sid, sv, rem, absExp } = token;
  if (typeof sub !== "string" || typeof sid !== "string") return null;
  if (typeof sv !== "number" || typeof rem !== "boolean" || typeof absExp !== "number") return null;
  return { sub, sid, sv, rem, absExp };
}
