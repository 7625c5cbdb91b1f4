import { describe, expect, it } from "vitest";
import {
  contentSecurityPolicy,
  createNonce,
  HSTS_MAX_AGE_SECONDS,
  strictTransportSecurity,
} from "@/lib/security/security-headers";

describe("security headers", () => {
  it("HSTS for at least a year in production or behind HTTPS, never for a local http portal", () => {
    const prod = strictTransportSecurity({ appEnv: "production", baseUrl: "https://portal.example" });
    expect(prod).toMatch(/^max-age=(\d+); includeSubDomains$/);
    expect(Number(/max-age=(\d+)/.exec(prod!)![1])).toBeGreaterThanOrEqual(365 * 24 * 3600);
    expect(HSTS_MAX_AGE_SECONDS).toBeGreaterThanOrEqual(31_536_000);
    expect(strictTransportSecurity({ appEnv: "production", baseUrl: "http://portal.internal" })).toBe(prod);
    expect(strictTransportSecurity({ appEnv: "test", baseUrl: "https://staging.example" })).toBe(prod);
    expect(strictTransportSecurity({ appEnv: "development", baseUrl: "http://localhost:3000" })).toBeNull();
    expect(strictTransportSecurity({ appEnv: "test", baseUrl: "http://localhost:3100" })).toBeNull();
  });

  it("nonces are 128 random bits, never repeated", () => {
    const seen = new Set(Array.from({ length: 1000 }, createNonce));
    expect(seen.size).toBe(1000);
    for (const n of seen) expect(Buffer.from(n, "base64")).toHaveLength(16);
  });

  it("the CSP allows scripts only by nonce, outside development without eval", () => {
    const csp = contentSecurityPolicy("abc");
    expect(csp).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain("unsafe-inline");
    expect(csp).not.toContain("unsafe-eval");
    expect(contentSecurityPolicy("abc", { dev: true })).toContain("'unsafe-eval'");
  });
});
