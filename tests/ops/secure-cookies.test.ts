import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase, type TestDatabase } from "../support/ops-database";
import { startApp, type AppInstance } from "../support/app-instances";

// Served over HTTPS (APP_BASE_URL https://…, TLS ends at the reverse proxy): every cookie is
// Secure and prefixed (__Host- where it is host-only), HSTS is on, and the session cookie is
// HttpOnly, SameSite=Lax, Path=/, without Domain.

let database: TestDatabase;
let app: AppInstance;

beforeAll(async () => {
  database = await freshDatabase("secure_cookies");
  app = await startApp({
    name: "https",
    databaseUrl: database.url,
    env: { APP_BASE_URL: "https://portal.example" },
  });
});
afterAll(async () => {
  await app?.stop();
  await database?.drop();
});

const attributes = (cookie: string) =>
  new Set(
    cookie
      .split(";")
      .slice(1)
      .map((a) => a.trim().split("=")[0]!.toLowerCase()),
  );

describe("behind HTTPS", () => {
  it("sends HSTS for at least a year", async () => {
    const res = await app.fetch("/en/login");
    expect(res.headers.get("strict-transport-security")).toMatch(
      /^max-age=(3153[6-9]\d{3}|[4-9]\d{7}|\d{9,})/,
    );
  });

  it("prefixes and secures every cookie of a sign-in", async () => {
    const csrf = await app.fetch("/api/auth/csrf");
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const csrfCookies = csrf.headers.getSetCookie();
    expect(csrfCookies.map((c) => c.split("=")[0])).toContain("__Host-authjs.csrf-token");
    const res = await app.fetch("/api/auth/callback/credentials", {
      method: "POST",
      redirect: "manual",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        cookie: csrfCookies.map((c) => c.split(";")[0]).join("; "),
      },
      body: new URLSearchParams({
        identifier: "customer",
        password: "demo-customer-password",
        csrfToken,
        remember: "0",
      }),
    });
    const cookies = [...csrfCookies, ...res.headers.getSetCookie()];
    const session = cookies.find((c) => c.startsWith("__Host-portal.session="));
    expect(session, cookies.join("\n")).toBeDefined();
    expect(session!.length).toBeLessThan(4096);
    const flags = attributes(session!);
    for (const flag of ["secure", "httponly", "path"]) expect(flags).toContain(flag);
    expect(flags).not.toContain("domain");
    expect(session).toMatch(/SameSite=Lax/i);
    for (const cookie of cookies) {
      const name = cookie.split("=")[0]!;
      expect(name, cookie).toMatch(/^__(Host|Secure)-/);
      expect(attributes(cookie), cookie).toContain("secure");
      expect(attributes(cookie), cookie).toContain("httponly");
      expect(cookie, cookie).not.toMatch(/customer|northwind/i);
    }
  });
});
