import { expect, test, type Page, type Request } from "@playwright/test";
import { createUser, expectSignedIn, signIn } from "./support/users";
import { e2eDb } from "./support/db";

// Cross-site request forgery: a state-changing request from another origin is refused — server
// actions (Next.js compares Origin with the host) and Auth.js's route handlers (CSRF token) —
// also when the request claims another host with X-Forwarded-Host. And no GET changes anything.

const EVIL = "http://evil.example";

/** Submits a form once in the browser and returns a replay function for its action request. */
async function captureAction(page: Page, submit: () => Promise<void>) {
  const captured = page.waitForRequest((r) => r.method() === "POST" && !!r.headers()["next-action"]);
  await submit();
  const request: Request = await captured;
  const keep = ["next-action", "next-router-state-tree", "content-type", "accept"];
  const headers = Object.fromEntries(Object.entries(request.headers()).filter(([n]) => keep.includes(n)));
  const body = request.postData()!;
  return (extra: Record<string, string>, from = "", to = "") =>
    page.request.post(request.url(), { headers: { ...headers, ...extra }, data: body.replaceAll(from, to) });
}

const outboxFor = async (to: string) =>
  Number((await e2eDb().query(`SELECT count(*) FROM "EmailOutbox" WHERE "to" = $1`, [to])).rows[0].count);

test("a server action posted from another origin is refused and changes nothing", async ({
  page,
  baseURL,
}) => {
  const user = await createUser();
  await page.goto("/en/forgot-password");
  const replay = await captureAction(page, async () => {
    await page.getByLabel("E-mail address").fill("warm-up@example.com");
    await page.getByRole("button", { name: "Send reset link" }).click();
  });
  const own = new URL(baseURL!).host;
  const forged: Record<string, string>[] = [
    { origin: EVIL },
    { origin: EVIL, "x-forwarded-host": "evil.example" },
    { origin: EVIL, "x-forwarded-host": "evil.example", host: "evil.example" },
    { origin: "null" },
  ];
  for (const extra of forged) {
    const res = await replay(extra, "warm-up@example.com", user.email);
    expect(res.status(), JSON.stringify(extra)).toBeGreaterThanOrEqual(400);
    expect(await res.text()).not.toContain('"ok":true');
  }
  // The same request from the portal's own origin is accepted: the refusals above were the origin's.
  const ok = await replay({ origin: `http://${own}` }, "warm-up@example.com", `other-${user.email}`);
  expect(ok.status()).toBe(200);
  expect(await ok.text()).toContain('"ok":true');
  // Reset e-mails are written after the answer: give the refused ones time to have shown up.
  await expect.poll(() => outboxFor(`other-${user.email}`)).toBe(0);
  expect(await outboxFor(user.email)).toBe(0);
});

test("a cross-origin sign-in through the action sets no session", async ({ page }) => {
  const user = await createUser();
  await page.goto("/en/login");
  const replay = await captureAction(page, async () => {
    await page.getByLabel("Username or e-mail address").fill("someone");
    await page.getByLabel("Password", { exact: true }).fill("wrong-password");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
  });
  const res = await replay({ origin: EVIL, "x-forwarded-host": "evil.example" }, "", "");
  expect(res.status()).toBeGreaterThanOrEqual(400);
  const body = `${res.headers()["set-cookie"] ?? ""}`;
  expect(body).not.toContain("portal.session");
  expect(user.email).toBeTruthy();
});

test("route handlers refuse cross-site posts, and Auth.js's without its CSRF token", async ({ page }) => {
  const user = await createUser();
  await signIn(page, { identifier: user.email, password: user.password });
  await expectSignedIn(page, /Alex/);
  const credentials = new URLSearchParams({ identifier: user.email, password: user.password }).toString();
  const formPost = (path: string, data: string, headers: Record<string, string>) =>
    page.request.post(path, {
      headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
      data,
      maxRedirects: 0,
    });
  // A forged form post from another site: refused before any handler runs.
  const forged: Record<string, string>[] = [{ origin: EVIL }, { "sec-fetch-site": "cross-site" }];
  for (const headers of forged) {
    expect((await formPost("/api/auth/signout", "callbackUrl=/", headers)).status()).toBe(403);
    expect((await formPost("/api/auth/callback/credentials", credentials, headers)).status()).toBe(403);
    expect((await formPost("/api/test/clock", "offsetMs=1", headers)).status()).toBe(403);
  }
  // Without an Origin (not a browser), Auth.js's double-submit CSRF token still guards it.
  const noToken = await formPost("/api/auth/callback/credentials", credentials, {});
  expect(noToken.headers()["set-cookie"] ?? "").not.toContain("portal.session=");
  expect(noToken.headers()["location"] ?? "").toMatch(/error=MissingCSRF/);
  const signOut = await formPost("/api/auth/signout", "callbackUrl=/", {});
  expect(signOut.headers()["location"] ?? "").toMatch(/error=MissingCSRF/);
  // Still signed in: none of the forged posts did anything.
  await page.goto("/en/dashboard");
  await expectSignedIn(page, /Alex/);
});

/** What a state change would leave behind for one user. */
async function footprintOf(user: { id: string; email: string }) {
  const { rows } = await e2eDb().query(
    `SELECT (SELECT count(*) FROM "SignInSession" WHERE "userId" = $1 AND "revokedAt" IS NULL)::int AS live,
            (SELECT "sessionVersion" FROM "User" WHERE id = $1) AS version,
            (SELECT status FROM "User" WHERE id = $1)::text AS status,
            (SELECT count(*) FROM "OneTimeToken" WHERE "userId" = $1)::int AS tokens,
            (SELECT count(*) FROM "EmailOutbox" WHERE "to" = $2)::int AS mails`,
    [user.id, user.email],
  );
  return rows[0];
}

test("no GET changes state: every page and route handler, signed in", async ({ page }) => {
  test.setTimeout(120_000);
  const user = await createUser();
  await signIn(page, { identifier: user.email, password: user.password });
  await expectSignedIn(page, /Alex/);
  const before = await footprintOf(user);
  expect(before).toEqual({ live: 1, version: 0, status: "ACTIVE", tokens: 0, mails: 0 });
  for (const path of [
    "/en",
    "/en/help",
    "/en/help/why-register",
    "/en/login",
    "/en/register",
    "/en/register/check-inbox",
    "/en/forgot-password",
    "/en/reset-password?token=abc",
    "/en/verify-email/resend",
    "/en/dashboard",
    "/en/account",
    "/en/change-password",
    "/api/auth/signout",
    "/api/auth/session",
    "/api/auth/csrf",
    "/api/auth/providers",
    "/api/serials/NW100A",
    "/api/health/live",
    "/api/test/clock",
  ]) {
    const res = await page.request.get(path);
    expect(res.status(), path).toBeLessThan(500);
  }
  expect(await footprintOf(user)).toEqual(before);
  await page.goto("/en/dashboard");
  await expectSignedIn(page, /Alex/);
});
