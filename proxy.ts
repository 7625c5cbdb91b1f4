import { NextResponse, type NextRequest } from "next/server";
import createMiddleware from "next-intl/middleware";
import { routing } from "@/lib/i18n/routing";
import { SESSION_COOKIE_NAMES } from "@/lib/auth/cookie-names";

// Locale routing: `/` picks a language from Accept-Language (fallback en) and every page lives
// under /en, /de or /es. Plus one cheap check: a signed-in area requested without any session
// cookie goes straight to sign-in. The real checks happen on the server in pages and actions
// (lib/dal/session.ts); this only saves rendering a page for someone who is clearly signed out.
const handleI18nRouting = createMiddleware(routing);

// Not /admin: the staff console answers 404 to everyone else, signed out included, and a redirect
// to sign-in would reveal that it exists.
const PROTECTED = /^\/(en|de|es)\/(dashboard|account|change-password)(?:\/|$)/;
const SESSION_COOKIES = Object.values(SESSION_COOKIE_NAMES);

export default function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const match = PROTECTED.exec(pathname);
  if (match && !SESSION_COOKIES.some((name) => request.cookies.has(name))) {
    const login = new URL(`/${match[1]}/login`, request.url);
    login.searchParams.set("callbackUrl", `${pathname}${search}`);
    return NextResponse.redirect(login);
  }
  return handleI18nRouting(request);
}

export const config = {
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)"],
};
