import { expect, test, type APIResponse } from "@playwright/test";
import { createUser, expectSignedIn, signIn } from "./support/users";

// Every response carries the security headers (next.config.mjs + proxy.ts); pages get a CSP whose
// nonce is new on every response and is the one on the page's scripts; no page breaks under it.

const PAGES = [
  "/en",
  "/de/help",
  "/es/help/why-register",
  "/en/login",
  "/de/register",
  "/en/forgot-password",
  "/en/reset-password?token=nope",
  "/en/verify-email?token=nope",
  "/en/no-such-page",
];
const HANDLERS = ["/api/serials/NW100A", "/api/health/live", "/api/auth/csrf", "/api/auth/session"];

function directives(csp: string) {
  return new Map(
    csp.split(";").map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name!, values] as const;
    }),
  );
}

function expectStaticHeaders(res: APIResponse) {
  const h = res.headers();
  expect(h["x-content-type-options"]).toBe("nosniff");
  expect(h["referrer-policy"]).toMatch(/^(no-referrer|strict-origin-when-cross-origin|same-origin)$/);
  expect(h["permissions-policy"]).toContain("camera=()");
  expect(h["cross-origin-resource-policy"]).toBe("same-origin");
  expect(h["x-frame-options"]).toBe("DENY");
  expect(h["x-powered-by"]).toBeUndefined();
  // APP_ENV=test over http: no HSTS (tests/unit/security-headers.test.ts covers production).
  expect(h["strict-transport-security"]).toBeUndefined();
}

function expectStrictCsp(csp: string | undefined) {
  expect(csp).toBeDefined();
  const d = directives(csp!);
  expect(d.get("default-src")).toEqual(["'none'"]);
  expect(d.get("object-src")).toEqual(["'none'"]);
  expect(d.get("base-uri")).toEqual(["'none'"]);
  expect(d.get("frame-ancestors")).toEqual(["'none'"]);
  const scripts = d.get("script-src") ?? [];
  expect(scripts).not.toContain("'unsafe-inline'");
  expect(scripts).not.toContain("'unsafe-eval'");
  const nonce = scripts.find((s) => s.startsWith("'nonce-"));
  expect(nonce).toMatch(/^'nonce-[A-Za-z0-9+/]{22}==?'$/);
  return nonce!.slice(7, -1);
}

for (const path of PAGES) {
  test(`page ${path}: security headers and a fresh CSP nonce on its scripts`, async ({ request }) => {
    const first = await request.get(path, { maxRedirects: 0 });
    const second = await request.get(path, { maxRedirects: 0 });
    for (const res of [first, second]) expectStaticHeaders(res);
    const a = expectStrictCsp(first.headers()["content-security-policy"]);
    const b = expectStrictCsp(second.headers()["content-security-policy"]);
    expect(a).not.toBe(b);
    const html = await first.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(0);
    // Data blocks (JSON-LD, the error page's strings) are never executed and need no nonce.
    for (const tag of scripts.filter((t) => !/type="application\/(ld\+)?json"/.test(t))) {
      expect(tag).toContain(`nonce="${a}"`);
    }
  });
}

test("redirects and route handlers carry the headers too", async ({ request }) => {
  for (const path of ["/", "/en/dashboard"]) {
    const res = await request.get(path, { maxRedirects: 0 });
    expect(res.status(), path).toBeLessThan(500);
    expectStaticHeaders(res);
    expectStrictCsp(res.headers()["content-security-policy"]);
  }
  // No page, no scripts: a policy that allows nothing at all.
  for (const path of HANDLERS) {
    const res = await request.get(path, { maxRedirects: 0 });
    expect(res.status(), path).toBeLessThan(500);
    expectStaticHeaders(res);
    const d = directives(res.headers()["content-security-policy"] ?? "");
    expect(d.get("default-src"), path).toEqual(["'none'"]);
    expect(d.get("frame-ancestors"), path).toEqual(["'none'"]);
    expect(d.get("base-uri"), path).toEqual(["'none'"]);
    expect(d.has("script-src"), path).toBe(false);
  }
});

test("pages run under the policy without a single violation", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(m.text())) violations.push(m.text());
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) =>
      console.error(`Content-Security-Policy violation: ${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  for (const path of ["/en", "/en/help", "/de/register", "/en/forgot-password"]) {
    await page.goto(path);
    await expect(page.locator("h1").first()).toBeVisible();
  }
  // Hydrated (client validation answers without a server round trip) and signed in.
  const user = await createUser();
  await signIn(page, { identifier: user.email, password: user.password });
  await expectSignedIn(page, /Alex/);
  expect(violations).toEqual([]);
});

test("cookies: HttpOnly, SameSite, small, nothing personal in clear", async ({ page, context }) => {
  const user = await createUser();
  await signIn(page, { identifier: user.email, password: user.password, remember: true });
  await expectSignedIn(page, /Alex/);
  const cookies = await context.cookies();
  const session = cookies.find((c) => c.name === "portal.session");
  expect(session, cookies.map((c) => c.name).join()).toBeDefined();
  for (const c of cookies) {
    expect(c.name.length + c.value.length, c.name).toBeLessThan(4096);
    const clear = decodeURIComponent(c.value).toLowerCase();
    for (const personal of [user.email, user.username, user.firstName, user.lastName, user.id]) {
      expect(clear, c.name).not.toContain(personal.toLowerCase());
    }
    // Only the locale preference may be read by scripts; every other cookie is HttpOnly, Lax or stricter.
    if (c.name !== "NEXT_LOCALE") expect(c.httpOnly, c.name).toBe(true);
    expect(["Lax", "Strict"], c.name).toContain(c.sameSite);
  }
  // The session token is a JWE (five parts, encrypted): the payload is not readable base64 JSON.
  expect(session!.value.split(".")).toHaveLength(5);
});
