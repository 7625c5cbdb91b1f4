import { NextResponse, type NextRequest } from "next/server";
import createMiddleware from "next-intl/middleware";
import { localeOfPath, routing } from "@/lib/i18n/routing";
import { SESSION_COOKIE_NAMES } from "@/lib/auth/cookie-names";
import { PAGE_ADDRESS_HEADER, pageAddress } from "@/lib/i18n/page-address";
import { env } from "@/lib/env";
import {
  contentSecurityPolicy,
  createNonce,
  NONCE_HEADER,
  NOTHING_ALLOWED_POLICY,
  strictTransportSecurity,
} from "@/lib/security/security-headers";
import { databaseOutage } from "@/lib/ops/database-outage";
import { forgedRequest } from "@/lib/security/cross-site";

// Five jobs, all cheap (Auth.js's endpoints and the serial check do their part themselves,
// lib/security/guarded-route.ts):
// 1. Locale routing: `/` picks a language from Accept-Language (fallback en) and every page lives
//    under /en, /de or /es.
// 2. A signed-in area requested without any session cookie goes straight to sign-in. The real
//    checks happen on the server in pages and actions (lib/dal/session.ts); this only saves
//    rendering a page for someone who is clearly signed out.
// 3. Cross-site request forgery: a state-changing request (POST, …) from a browser on another
//    origin is refused before it reaches a server action or route handler. Next.js compares a
//    server action's Origin with Host / X-Forwarded-Host, which a misconfigured reverse proxy may
//    pass through from the client; this compares it with the configured public URL instead.
// 4. The per-request security headers: a CSP with a fresh nonce (Next.js reads it from the
//    request's Content-Security-Policy header and stamps it on its scripts) and HSTS in
//    production. The static headers are in next.config.mjs.
// 5. While the database cannot be reached (lib/ops/database-outage.ts), a 503 answer instead of
//    pages and actions that would fail one by one, or worse, halfway. The requests already past
//    this when the outage began get the same answer (lib/ops/outage-answers.ts).
const handleI18nRouting = createMiddleware(routing);

// Not /admin: the staff console answers 404 to everyone else, signed out included, and a redirect
// to sign-in would reveal that it exists.
const PROTECTED = /^\/(en|de|es)\/(dashboard|account|change-password)(?:\/|$)/;
const SESSION_COOKIES = Object.values(SESSION_COOKIE_NAMES);
// Route handlers and files keep their paths: no locale routing, only the headers.
const NOT_A_PAGE = /^\/(api|_next|_vercel)\/|\.[^/]+$/;
const DEV = process.env.NODE_ENV === "development";

export default async function proxy(request: NextRequest) {
  // Only pages run scripts: they get a fresh nonce, passed on to the render in the request's
  // headers. Route handlers and files get the fixed policy that allows nothing, and no request
  // header rewrite (which costs Next.js a copy of every header on the busiest endpoints).
  const page = !NOT_A_PAGE.test(request.nextUrl.pathname);
  const nonce = page ? createNonce() : "";
  const csp = page ? contentSecurityPolicy(nonce, { dev: DEV }) : NOTHING_ALLOWED_POLICY;
  if (page) {
    request.headers.set("content-security-policy", csp);
    request.headers.set(NONCE_HEADER, nonce);
    // The address as the browser shows it, for links that keep it (the language switcher).
    request.headers.set(PAGE_ADDRESS_HEADER, pageAddress(request.nextUrl));
  }
  const response = (databaseOutage() && (await unavailable(request, nonce))) || route(request, page);
  response.headers.set("content-security-policy", csp);
  const hsts = strictTransportSecurity({ appEnv: env.APP_ENV, baseUrl: env.APP_BASE_URL });
  if (hsts) response.headers.set("strict-transport-security", hsts);
  // next-intl's language cookie: Secure too when the portal is served over HTTPS.
  const localeCookie = response.cookies.get("NEXT_LOCALE");
  if (localeCookie && env.APP_BASE_URL.startsWith("https://"))
    response.cookies.set({ ...localeCookie, secure: true });
  return response;
}

function route(request: NextRequest, page: boolean) {
  if (forgedRequest(request)) return new NextResponse(null, { status: 403 });
  const { pathname, search } = request.nextUrl;
  if (undecodable(pathname)) {
    // Next.js answers an address it cannot decode with a bare 500, also when rewritten: a page
    // goes to "not found" in the address's language instead, anything else gets a 400.
    if (!page) return NextResponse.json({ error: "bad_request" }, { status: 400 });
    return NextResponse.redirect(new URL(`/${localeOfPath(pathname)}/not-found`, request.url), 303);
  }
  if (!page) return NextResponse.next();
  const match = PROTECTED.exec(pathname);
  if (match && !SESSION_COOKIES.some((name) => request.cookies.has(name))) {
    const login = new URL(`/${match[1]}/login`, request.url);
    login.searchParams.set("callbackUrl", `${pathname}${search}`);
    return NextResponse.redirect(login);
  }
  return handleI18nRouting(request);
}

/** A malformed %-escape (`%E0%A4%A`, a lone `%`). */
function undecodable(pathname: string) {
  try {
    decodeURI(pathname);
    return false;
  } catch {
    return true;
  }
}

/** The 503 answer for a request during a database outage; null where the request goes on. */
async function unavailable(request: NextRequest, nonce: string) {
  if (forgedRequest(request)) return null; // refused below
  // Loaded only during an outage: it carries the messages of every language.
  const { unavailableResponse } = await import("@/lib/ops/unavailable-response");
  const { pathname, search } = request.nextUrl;
  return unavailableResponse({ pathname, search, action: request.headers.has("next-action"), nonce });
}

export const config = {
  // Everything except the build's static files (immutable, no HTML), Auth.js's endpoints and the
  // live serial check, the busiest handlers, which do the proxy's part themselves
  // (lib/security/guarded-route.ts), and the development mailbox's e-mail previews, which set
  // their own headers (app/api/dev/mail/[id]/route.ts): pages, actions, route handlers.
  // Those three still come here when their address holds a %-escape, to have it checked.
  matcher: [
    "/((?!_next/static|_next/image|api/auth/|api/serials/|api/dev/mail/).*)",
    "/api/(auth|serials|dev/mail)/(.*%.*)",
  ],
};
