import "server-only";
import { NextResponse } from "next/server";
import { brand } from "@/lib/config";
import { translatorFor } from "@/lib/i18n/translator";
import { localeOfPath, type Locale } from "@/lib/i18n/routing";

// What a request gets while the database cannot be reached (lib/ops/database-outage.ts): 503,
// never cached, with Retry-After. Pages get a small self-contained page in the URL's language
// (no database, no session, no scripts, styles under the request's CSP nonce); server actions
// and route handlers get a short answer instead of failing halfway. Each answer exists as plain
// parts too: lib/ops/outage-answers.ts writes them to Node's response of a request that met the
// outage while it ran.

const RETRY_AFTER_SECONDS = 10;

const HEADERS = { "Retry-After": String(RETRY_AFTER_SECONDS), "Cache-Control": "no-store" };

export type UnavailableAnswer = { status: 503; headers: Record<string, string>; body: string };

const escape = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c,
  );

const STYLE = `
*{box-sizing:border-box}
body{margin:0;min-height:100vh;display:flex;flex-direction:column;background:#f8fafc;color:#0f172a;
font-family:ui-sans-serif,system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;line-height:1.5}
header{background:#fff;border-bottom:1px solid #e2e8f0}
.bar{max-width:72rem;margin:0 auto;padding:.75rem 1rem;display:flex;align-items:center;gap:.5rem;
font-size:1.125rem;font-weight:600;color:#0a4467}
.mark{display:grid;place-items:center;width:2rem;height:2rem;border-radius:.375rem;background:#0b6aa2;color:#fff;font-size:.875rem}
main{flex:1;width:100%;max-width:38rem;margin:0 auto;padding:4rem 1rem;text-align:center}
h1{margin:0;font-size:1.875rem;line-height:1.25;font-weight:600}
p{margin:1rem 0 0;color:#334155}
.button{display:inline-block;margin-top:2rem;padding:.5rem 1rem;border-radius:.375rem;background:#0b6aa2;color:#fff;
font-weight:500;text-decoration:none}
.button:hover{background:#095683}
a{color:#095683}
a:focus-visible{outline:2px solid #0b6aa2;outline-offset:2px}
.support{margin-top:2.5rem;font-size:.875rem;color:#475569}
@media (min-width:640px){.bar{padding:.75rem 1.5rem}}
@media (max-width:639px){main{padding-top:2.5rem}h1{font-size:1.5rem}}
`;

/** The 503 page in the request's language; `again` is the address the "try again" link opens. */
function pageAnswer({
  locale,
  nonce,
  again,
}: {
  locale: Locale;
  nonce: string;
  again: string;
}): UnavailableAnswer {
  const t = translatorFor(locale);
  const mail = escape(brand.supportEmail);
  const support = t.markup("unavailable.support", {
    supportEmail: mail,
    support: (chunks) => `<a href="mailto:${mail}">${chunks}</a>`,
  });
  const portal = escape(brand.portalName);
  const html = `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escape(t("unavailable.metaTitle"))} · ${portal}</title>
<style nonce="${escape(nonce)}">${STYLE}</style>
</head>
<body>
<header><div class="bar"><span class="mark" aria-hidden="true">${escape(brand.portalName.slice(0, 1))}</span>${portal}</div></header>
<main id="content">
<h1>${escape(t("unavailable.title"))}</h1>
<p>${escape(t("unavailable.text"))}</p>
<p>${escape(t("unavailable.later"))}</p>
<a class="button" href="${escape(again)}">${escape(t("unavailable.retry"))}</a>
<p class="support">${support}</p>
</main>
</body>
</html>
`;
  return { status: 503, headers: { ...HEADERS, "Content-Type": "text/html; charset=utf-8" }, body: html };
}

/**
 * A server action: Next.js's client treats a text/plain error answer as a failed action, and the
 * x-action-redirect header makes it load `again` as a whole page, which then shows the 503 page.
 */
function actionAnswer({ locale, again }: { locale: Locale; again: string }): UnavailableAnswer {
  return {
    status: 503,
    headers: { ...HEADERS, "Content-Type": "text/plain", "x-action-redirect": `${again};replace` },
    body: translatorFor(locale)("unavailable.action"),
  };
}

/** A route handler (/api/…): JSON, as the handlers answer otherwise. */
function apiAnswer(): UnavailableAnswer {
  return {
    status: 503,
    headers: { ...HEADERS, "Content-Type": "application/json" },
    body: JSON.stringify({ error: "unavailable" }),
  };
}

const asResponse = ({ body, ...init }: UnavailableAnswer) => new NextResponse(body, init);

/** A route handler's own 503 (one that proxy.ts does not run for). */
export const unavailableApi = () => asResponse(apiAnswer());

// Stay up during an outage: health checks and metrics (they report it), files and build output.
const STAYS_UP = /^\/(api\/health|api\/metrics|_next)(?:\/|$)|\.[^/]+$/;
const LOCALIZED = /^\/(en|de|es)(?:\/|$)/;

type Request = {
  pathname: string;
  /** The query string, with its "?" (or empty). */
  search: string;
  /** A server action (Next-Action header). */
  action: boolean;
  /** The CSP nonce of the answer, for the page's styles. */
  nonce: string;
};

/** The 503 answer for a request during a database outage, as parts; null where it goes on. */
export function unavailableAnswer({ pathname, search, action, nonce }: Request): UnavailableAnswer | null {
  if (STAYS_UP.test(pathname)) return null;
  const locale = localeOfPath(pathname);
  // The page itself, without the router's own query parameter (client navigations add _rsc).
  const again = `${pathname}${search.replace(/([?&])_rsc=[^&]*&?/, "$1").replace(/[?&]$/, "")}`;
  if (action) return actionAnswer({ locale, again });
  if (pathname.startsWith("/api/")) return apiAnswer();
  // `/` and other paths without a language: next-intl redirects them to a localized page first.
  if (!LOCALIZED.test(pathname)) return null;
  return pageAnswer({ locale, nonce, again });
}

/** unavailableAnswer as a response (proxy.ts). */
export function unavailableResponse(request: Request) {
  const answer = unavailableAnswer(request);
  return answer && asResponse(answer);
}
