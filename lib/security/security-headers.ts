// The response headers set per request by proxy.ts (the static ones are in next.config.mjs).
// Dependency-free so proxy.ts, tests and the build can import it without any configuration.

/** The request header that hands a page's CSP nonce from proxy.ts to the render. */
export const NONCE_HEADER = "x-nonce";

/** 128 random bits, base64: unpredictable and unique per response (CSP nonce). */
export function createNonce() {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/**
 * A strict Content-Security-Policy: scripts only with this response's nonce (Next.js reads it
 * from the request's CSP header and puts it on its own scripts; 'strict-dynamic' lets those load
 * the chunks they need), nothing else by default. Development adds 'unsafe-eval', which React's
 * debugging needs under `next dev` only.
 */
export function contentSecurityPolicy(nonce: string, { dev = false } = {}) {
  const directives: Record<string, string[]> = {
    "default-src": ["'none'"],
    "script-src": ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(dev ? ["'unsafe-eval'"] : [])],
    "style-src": ["'self'", `'nonce-${nonce}'`],
    "img-src": ["'self'", "data:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'", ...(dev ? ["ws:"] : [])],
    "manifest-src": ["'self'"],
    "form-action": ["'self'"],
    "frame-src": ["'self'"],
    "base-uri": ["'none'"],
    "object-src": ["'none'"],
    "frame-ancestors": ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(" ")}`)
    .join("; ");
}

/**
 * The policy of everything that is not a page (JSON, downloads, files): nothing may load, run or
 * frame it. A browser that opens such a response directly renders it without any script.
 */
export const NOTHING_ALLOWED_POLICY =
  "default-src 'none'; base-uri 'none'; object-src 'none'; form-action 'none'; frame-ancestors 'none'";

export const HSTS_MAX_AGE_SECONDS = 2 * 365 * 24 * 60 * 60;

/**
 * HSTS only where the portal is served over HTTPS in production: sent over plain HTTP on a
 * developer's machine it would be ignored at best, and pin `localhost` to HTTPS at worst.
 */
export function strictTransportSecurity({ appEnv, baseUrl }: { appEnv?: string; baseUrl?: string }) {
  const https = baseUrl?.startsWith("https://") ?? false;
  if (!https && appEnv !== "production") return null;
  return `max-age=${HSTS_MAX_AGE_SECONDS}; includeSubDomains`;
}

/**
 * The per-response headers of a route handler that proxy.ts does not run for (the busiest
 * read-only endpoints, where its per-request work would be most of the cost).
 */
export function routeHandlerSecurityHeaders(config: { appEnv?: string; baseUrl?: string }) {
  const hsts = strictTransportSecurity(config);
  return {
    "content-security-policy": NOTHING_ALLOWED_POLICY,
    ...(hsts ? { "strict-transport-security": hsts } : {}),
  };
}
