import { isLocale } from "@/lib/i18n/routing";

// Request paths reduced to what may be logged and used as a metrics label: no query string (it
// can carry tokens), no long random segments, and route groups from a small set so Prometheus
// series stay bounded whatever paths clients invent.

const RANDOM_SEGMENT = /^[A-Za-z0-9_-]{32,}$/;
const METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);

/** The path without query or fragment, with token-like segments replaced. */
export function loggablePath(url: string | undefined) {
  const path = (url ?? "/").split(/[?#]/, 1)[0] || "/";
  return path
    .split("/")
    .map((segment) => (RANDOM_SEGMENT.test(segment) ? ":token" : segment))
    .join("/")
    .slice(0, 200);
}

export function methodLabel(method: string | undefined) {
  const m = (method ?? "").toUpperCase();
  return METHODS.has(m) ? m : "OTHER";
}

export function statusClass(status: number) {
  return `${Math.floor(status / 100)}xx`;
}

type Request = { path: string; status: number; serverAction: boolean };

/**
 * `health`, `metrics`, `auth`, `api`, `static`, `action` (server actions), `not_found`, or for
 * pages `page:<first segment after the locale>` (`page:home` for the start page).
 */
export function routeGroup({ path, status, serverAction }: Request) {
  const segments = path.split("/").filter(Boolean);
  const [first, second] = segments;
  if (first === "_next")
    return second === "static" ? "static" : `next:${second === "image" ? "image" : "other"}`;
  if (first === "api") {
    if (second === "health") return "health";
    if (second === "metrics") return "metrics";
    if (second === "auth") return "auth";
    return status === 404 ? "not_found" : "api";
  }
  if (status === 404) return "not_found";
  if (serverAction) return "action";
  if (segments.length === 1 && first && /\.[a-z0-9]+$/i.test(first)) return "static";
  const rest = isLocale(first) ? segments.slice(1) : segments;
  const page = rest[0];
  if (!page) return "page:home";
  return /^[a-z][a-z0-9-]{0,40}$/.test(page) ? `page:${page}` : "page:other";
}

/** Probes and assets are logged at debug level so they do not drown the request log. */
export function isQuietGroup(group: string) {
  return group === "health" || group === "static" || group.startsWith("next:");
}
