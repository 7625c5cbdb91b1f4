import "server-only";
import NextAuth, { CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { audit } from "@/lib/audit";
import { authorizeCredentials } from "./authorize";
import { authorizeSecondFactor } from "./authorize-second-factor";
import { authorizePasskey } from "./authorize-passkey";
import { SESSION_LIFETIME_MS } from "./start-session";
import { readClaims } from "./claims";
import { revokeSession } from "./revocation";
import { validateSession } from "./session-state";
import {
  authSecrets,
  decodeSessionJwt,
  encodeSessionJwt,
  secureCookies,
  sessionCookieName,
  sessionCookieOptions,
} from "./session-cookie";
import { withoutUnusableCallback, withSessionCookiePolicy } from "./route-handlers";
import { guardedRoute } from "@/lib/security/guarded-route";
import { absoluteUrl, brand } from "@/lib/config";
import { sameOriginPath } from "./callback-url";

// Auth.js v5 with the Credentials provider and JWT sessions. The session design (remember me,
// absolute and idle limits, server-side revocation) is described in ./session-cookie.ts.
// No database adapter: Credentials sign-ins never use Auth.js's Session table; our SignInSession
// rows play that part. A function config, so nothing reads the environment at build time.
function config(): NextAuthConfig {
  return {
    // Newest first; Auth.js signs with the first and accepts any (CSRF tokens, session cookies).
    secret: authSecrets(),
    // Auth.js builds its internal URLs from the request; nothing we send (e-mail links, redirects
    // after sign-in) is derived from them.
    trustHost: true,
    useSecureCookies: secureCookies(),
    session: { strategy: "jwt", maxAge: SESSION_LIFETIME_MS / 1000 },
    jwt: { encode: encodeSessionJwt, decode: decodeSessionJwt },
    cookies: {
      sessionToken: { name: sessionCookieName(), options: sessionCookieOptions({ rem: false, absExp: 0 }) },
    },
    pages: { signIn: "/login", error: "/login" },
    providers: [
      Credentials({
        credentials: { identifier: {}, password: {}, remember: {} },
        authorize: authorizeCredentials,
      }),
      // The second step after a correct password (the pending-sign-in cookie names the user).
      Credentials({
        id: "second-factor",
        credentials: { code: {} },
        authorize: authorizeSecondFactor,
      }),
      // A passkey (WebAuthn, user verification required): multi-factor on its own.
      Credentials({ id: "passkey", credentials: { response: {} }, authorize: authorizePasskey }),
    ],
    callbacks: {
      // Where Auth.js's endpoints send the browser (a callbackUrl, its cookie, a sign-in's Referer):
      // a same-origin path on the configured address, else its root. Auth.js's default throws on
      // anything that is no URL, which failed the sign-in or answered 500.
      redirect: ({ url }) => absoluteUrl(sameOriginPath(url, brand.baseUrl) ?? "/"),
      jwt: async ({ token, user, trigger }) => {
        if (trigger === "signIn") {
          const { id, sid, sv, remember, absExp } = user ?? {};
          if (!id || !sid || sv === undefined || remember === undefined || !absExp) return null;
          return { sub: id, sid, sv, rem: remember, absExp };
        }
        // Every later read of the session: checked against the database (./session-state.ts).
        const claims = readClaims(token);
        if (!claims || (await validateSession(claims))) return null;
        return token;
      },
      session: ({ session, token }) => {
        const claims = readClaims(token);
        if (!claims) return session;
        const out = {
          user: { id: claims.sub },
          sid: claims.sid,
          expires: new Date(claims.absExp).toISOString(),
        };
        return out as unknown as typeof session;
      },
    },
    events: {
      signOut: async (message) => {
        const claims = "token" in message ? readClaims(message.token) : null;
        if (!claims) return;
        await revokeSession(claims.sid);
        await audit({ action: "signout", actorId: claims.sub, targetId: claims.sub });
      },
    },
    logger: {
      // A failed sign-in is an expected outcome (and audited), not a server error.
      error: (error) => {
        if (error instanceof CredentialsSignin) return;
        console.error(`[auth] ${error.name}: ${error.message}`);
      },
    },
  };
}

const nextAuth = NextAuth(config);

export const { auth, signIn, signOut } = nextAuth;
// Auth.js's endpoints run without proxy.ts (every sign-in posts here): guardedRoute does its part.
export const handlers = {
  GET: guardedRoute(withSessionCookiePolicy(withoutUnusableCallback(nextAuth.handlers.GET))),
  POST: guardedRoute(withSessionCookiePolicy(withoutUnusableCallback(nextAuth.handlers.POST))),
};
