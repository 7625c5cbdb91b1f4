import { describe, expect, it } from "vitest";
import { maskEmail, redactKeys, scrubText } from "@/lib/observability/sanitize";
import { loggablePath, routeGroup } from "@/lib/observability/route-group";
import { requestIdFrom } from "@/lib/observability/request-log";

describe("log scrubbing", () => {
  it("masks e-mail addresses but keeps the domain", () => {
    expect(maskEmail("kim.lee@northwind.example")).toBe("k***@northwind.example");
    expect(scrubText('{"to":"Kim.Lee@Northwind.example","msg":"sent to a@b.io"}')).toBe(
      '{"to":"K***@Northwind.example","msg":"sent to a***@b.io"}',
    );
    // Already masked stays as it is.
    expect(scrubText("k***@northwind.example")).toBe("k***@northwind.example");
  });

  it("removes credentials wherever they appear in a line", () => {
    const token = "Zk3v9QpL2mX8rT5wY1uB7nC4dF6gH0jKsAeIoUyRtEw";
    const cases: [string, string][] = [
      ["postgresql://portal:s3cret@db:5432/portal", "postgresql://portal:[redacted]@db:5432/portal"],
      ["Authorization: Bearer abc.def-123", "Authorization: Bearer [redacted]"],
      ["session eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig", "session [redacted]"],
      ["hash $argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA", "hash [redacted]"],
      ["key re_123456789abcdef", "key [redacted]"],
      [`/en/verify?token=${token}&x=1`, "/en/verify?token=[redacted]&x=1"],
      [`link /reset/${token} used`, "link /reset/[redacted] used"],
    ];
    for (const [input, output] of cases) expect(scrubText(input)).toBe(output);
    // Configured secrets go even when they look harmless.
    expect(scrubText("the secret is hunter2hunter2", ["hunter2hunter2"])).toBe("the secret is [redacted]");
    // Ids stay readable: uuids, cuids.
    const id = "4a89c380-5684-48e2-a62c-7abf0fe2220d";
    expect(scrubText(`outbox ${id} cm3k2j1h0000008l4a1b2c3d4`)).toBe(
      `outbox ${id} cm3k2j1h0000008l4a1b2c3d4`,
    );
  });

  it("drops the values of secret-sounding keys at any depth and flattens errors", () => {
    const error = Object.assign(new Error("failed"), {
      code: "E1",
      config: { headers: { authorization: "Bearer x" } },
    });
    expect(
      redactKeys({
        password: "pw",
        user: { newPassword: "pw2", email: "a@b.c", cookie: "c=1" },
        headers: [{ Authorization: "x" }],
        otp: "123456",
        count: 3,
        err: error,
      }),
    ).toEqual({
      password: "[redacted]",
      user: { newPassword: "[redacted]", email: "a@b.c", cookie: "[redacted]" },
      headers: [{ Authorization: "[redacted]" }],
      otp: "[redacted]",
      count: 3,
      err: { type: "Error", message: "failed", stack: error.stack, code: "E1" },
    });
  });
});

describe("request paths and route groups", () => {
  it("logs paths without query strings and token segments", () => {
    expect(loggablePath("/en/reset/Zk3v9QpL2mX8rT5wY1uB7nC4dF6gH0jKsAeIoUyRtEw?x=1")).toBe(
      "/en/reset/:token",
    );
    expect(loggablePath("/en/help?q=kim@example.com#a")).toBe("/en/help");
    expect(loggablePath(undefined)).toBe("/");
  });

  it("groups requests into a small fixed set of labels", () => {
    const group = (path: string, status = 200, serverAction = false) =>
      routeGroup({ path, status, serverAction });
    expect(group("/")).toBe("page:home");
    expect(group("/de")).toBe("page:home");
    expect(group("/es/help/registration")).toBe("page:help");
    expect(group("/en/register", 200, true)).toBe("action");
    expect(group("/api/health/ready")).toBe("health");
    expect(group("/api/metrics", 401)).toBe("metrics");
    expect(group("/api/auth/session")).toBe("auth");
    expect(group("/api/test/clock")).toBe("api");
    expect(group("/_next/static/chunks/a.js")).toBe("static");
    expect(group("/wp-admin/setup.php", 404)).toBe("not_found");
    expect(group("/en/whatever-attackers-try", 404)).toBe("not_found");
  });

  it("accepts a well-formed X-Request-Id and replaces anything else", () => {
    expect(requestIdFrom("lb-7f3a9c2e-0001")).toBe("lb-7f3a9c2e-0001");
    for (const bad of [undefined, "short", "with space inside", "x".repeat(129), "a\nb-injected"]) {
      expect(requestIdFrom(bad)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    }
  });
});
