import { isLocale, type Locale } from "@/lib/i18n/routing";

/**
 * An address reduced to a same-origin path, or null. Only paths ("/de/account?x=1") and absolute
 * URLs on `origin` pass; "//evil.example", "/\evil.example", other schemes and hosts don't.
 */
export function sameOriginPath(raw: unknown, origin: string): string | null {
  if (typeof raw !== "string" || raw.length === 0 || raw.length > 2000) return null;
  if (/[\u0000-\u001f\\]/.test(raw)) return null;
  const isPath = raw.startsWith("/") && !raw.startsWith("//");
  if (!isPath && !raw.startsWith(`${origin}/`)) return null;
  let url: URL;
  try {
    url = new URL(raw, origin);
  } catch {
    return null;
  }
  if (url.origin !== new URL(origin).origin) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** A `callbackUrl` as a same-origin path (./sameOriginPath), never back to the auth pages. */
export function safeCallbackPath(raw: unknown, origin: string): string | null {
  const path = sameOriginPath(raw, origin);
  if (!path || /^\/(?:[a-z]{2}\/)?(?:login|api\/auth)(?:[/?#]|$)/.test(path)) return null;
  return path;
}

/** Where to go after signing in: the safe callback (in a locale) or the dashboard. */
export function landingPath(raw: unknown, origin: string, locale: Locale): string {
  const path = safeCallbackPath(raw, origin);
  if (!path) return `/${locale}/dashboard`;
  const first = path.split(/[/?#]/)[1];
  return isLocale(first) ? path : `/${locale}${path === "/" ? "" : path}`;
}

/** The second-step page, carrying the callback on. */
export function secondStepPath(locale: Locale, callbackUrl?: string) {
  const query = callbackUrl ? `?callbackUrl=${encodeURIComponent(callbackUrl)}` : "";
  return `/${locale}/login/second-step${query}`;
}
