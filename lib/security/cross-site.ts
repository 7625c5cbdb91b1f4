import { env } from "@/lib/env";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** A method that may change state (anything but GET, HEAD, OPTIONS). */
const changesState = (method: string) => !SAFE_METHODS.has(method);

/**
 * A browser request made on behalf of another site (requests without Origin are not browsers').
 * Compared with the configured public URL, never with Host / X-Forwarded-Host, which a
 * misconfigured reverse proxy may pass through from the client.
 */
export function crossSite(request: { headers: Headers }) {
  if (request.headers.get("sec-fetch-site") === "cross-site") return true;
  const origin = request.headers.get("origin");
  return origin !== null && origin !== new URL(env.APP_BASE_URL).origin;
}

/** A state-changing request from another site: refused before it reaches an action or handler. */
export const forgedRequest = (request: { method: string; headers: Headers }) =>
  changesState(request.method) && crossSite(request);
