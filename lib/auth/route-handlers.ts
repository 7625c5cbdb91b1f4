import "server-only";
import { NextRequest, NextResponse } from "next/server";
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

// Auth.js's callback-address cookie, plain and over HTTPS.
const CALLBACK_COOKIES = ["authjs.callback-url", "__Secure-authjs.callback-url"];

/** Auth.js's own test of a callback address: a path, or an http(s) URL. */
function usableCallback(value: string) {
  if (value.startsWith("/")) return true;
  try {
    return /^https?:$/.test(new URL(value).protocol);
  } catch {
    return false;
  }
}

/**
 * Auth.js takes a callbackUrl parameter or callback-address cookie that is no URL ("1") for a
 * mistake in its configuration and answers 500. Any client can send one, so such a value is
 * dropped before Auth.js sees it; where the browser then goes is the redirect callback's choice.
 */
export function withoutUnusableCallback(handler: Handler): Handler {
  return (req) => {
    const param = req.nextUrl.searchParams.get("callbackUrl");
    const cookies = CALLBACK_COOKIES.filter((name) => {
      const value = req.cookies.get(name)?.value;
      return value !== undefined && !usableCallback(value);
    });
    const badParam = param !== null && !usableCallback(param);
    if (!badParam && cookies.length === 0) return handler(req);
    const url = new URL(req.url);
    if (badParam) url.searchParams.delete("callbackUrl");
    const clean = new NextRequest(url, req);
    for (const name of cookies) clean.cookies.delete(name);
    return handler(clean);
  };
}
