import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { decodeSessionCookie, sessionCookieName, sessionCookieOptions } from "./session-cookie";

type Handler = (req: NextRequest) => Promise<Response>;

/**
 * Auth.js's own endpoints (/api/auth/session, /api/auth/callback/credentials) write the session
 * cookie with the configured maxAge and slide it. Rewrite any such Set-Cookie so it follows the
 * token's own claims: Expires = the absolute end for "remember me", none otherwise.
 */
export function withSessionCookiePolicy(handler: Handler): Handler {
  return async (req) => {
    const res = await handler(req);
    const name = sessionCookieName();
    if (!res.headers.getSetCookie().some((c) => c.startsWith(`${name}=`))) return res;
    const out = new NextResponse(res.body, { status: res.status, headers: res.headers });
    const value = out.cookies.get(name)?.value;
    const claims = await decodeSessionCookie(value);
    if (value && claims) out.cookies.set(name, value, sessionCookieOptions(claims));
    return out;
  };
}
