import type { Browser, Page } from "@playwright/test";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type AppInstance } from "../support/app-instances";
import { launchChromium } from "../support/chromium";
import { findLeaks, unstructuredLines } from "../support/log-scan";
import { freshDatabase, type TestDatabase } from "../support/ops-database";
import { TEST_ENV } from "../support/test-env";
import { linkInEmail, openEmail } from "../e2e/support/mailbox";
import { PASSWORD, register } from "../e2e/support/wizard";
import { signIn } from "../e2e/support/users";

// Drives journeys through a real browser against one instance and scans everything it logged
// (at debug level) for addresses, passwords, tokens, cookies and secrets. Add each new journey
// (registration, sign-in, password reset) as a step here and pass what it used to findLeaks.

const METRICS_TOKEN = "log-scan-metrics-token-0123";
const ADDRESS = "Kim.Lee@northwind.example";
// Credential-shaped values a client might send; none may reach the log.
const LINK_TOKEN = "Zk3v9QpL2mX8rT5wY1uB7nC4dF6gH0jKsAeIoUyRtEw";
const SESSION_COOKIE = "eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2Q0JDLUhTNTEyIn0..c2Vzc2lvbi1jb29raWUtdmFsdWU";
const BEARER = "client-bearer-credential-42";

let database: TestDatabase;
let app: AppInstance;
let browser: Browser;
const used = { emails: [ADDRESS], secrets: [] as string[] };

beforeAll(async () => {
  database = await freshDatabase("log_scan");
  app = await startApp({
    name: "log-scan",
    databaseUrl: database.url,
    env: { OUTBOX_WORKER: "on", OUTBOX_POLL_MS: "100", LOG_LEVEL: "debug", METRICS_TOKEN },
  });
  browser = await launchChromium();
  used.secrets.push(TEST_ENV.AUTH_SECRET, METRICS_TOKEN, LINK_TOKEN, SESSION_COOKIE, BEARER);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  await database?.drop();
});

async function sendTestEmail(page: Page) {
  await page.goto(`${app.url}/en/dev/mail`);
  await page.getByLabel("Address").fill(ADDRESS);
  await page.getByRole("button", { name: "Send a test e-mail" }).click();
  await page.getByRole("status").getByText(ADDRESS).waitFor();
  // The worker delivers it into the development mailbox.
  const mail = page.getByRole("article", { name: /Test e-mail from the/ }).filter({ hasText: ADDRESS });
  for (let attempt = 0; attempt < 20; attempt++) {
    await page.reload();
    if (
      await mail
        .first()
        .waitFor({ timeout: 1000 })
        .then(
          () => true,
          () => false,
        )
    )
      return;
  }
  throw new Error("the test e-mail did not arrive in the development mailbox");
}

const NEW_PASSWORD = "Quarry-Willow-Beacon-58";

/** Registration, confirmation, sign-in and a password reset, as a customer would do them. */
async function accountJourney(page: Page) {
  const email = `jana.${Date.now()}@northwind.example`;
  used.emails.push(email);
  used.secrets.push(PASSWORD, NEW_PASSWORD);
  await register(page, "de", { email });
  const confirm = await openEmail(page, {
    to: email,
    subject: /Bitte bestätigen Sie Ihre E-Mail-Adresse/,
    locale: "de",
  });
  const confirmLink = await linkInEmail(confirm, "verify-email");
  used.secrets.push(new URL(confirmLink).searchParams.get("token") ?? confirmLink);
  await page.goto(confirmLink);
  await page.getByRole("heading", { name: "Ihre E-Mail-Adresse ist bestätigt" }).waitFor();

  await signIn(page, { identifier: email, password: PASSWORD, locale: "de" });
  await page.waitForURL(/\/de\/dashboard$/);
  for (const c of await page.context().cookies()) if (c.name.includes("session")) used.secrets.push(c.value);
  await page.context().clearCookies();

  await page.goto("/de/forgot-password");
  await page.getByLabel("E-Mail-Adresse").fill(email);
  await page.getByRole("button", { name: "Link zum Zurücksetzen senden" }).click();
  const reset = await openEmail(page, {
    to: email,
    subject: /Passwort für das Customer Portal zurücksetzen/,
    locale: "de",
  });
  const resetLink = await linkInEmail(reset, "/de/reset-password");
  used.secrets.push(new URL(resetLink).searchParams.get("token") ?? resetLink);
  await page.goto(resetLink);
  await page.getByLabel("Neues Passwort", { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel("Neues Passwort wiederholen").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Neues Passwort speichern" }).click();
  await page.getByRole("status").filter({ hasText: "Ihr Passwort wurde geändert" }).waitFor();
  await signIn(page, { identifier: email, password: NEW_PASSWORD, locale: "de" });
  await page.waitForURL(/\/de\/dashboard$/);
}

describe("the log of a journey", () => {
  it(
    "has one JSON line per request and no address, token, cookie or secret",
    { timeout: 180_000 },
    async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${app.url}/`);
      await page.goto(`${app.url}/de`);
      await sendTestEmail(page);
      await context.close();

      const customer = await browser.newContext({ baseURL: app.url });
      await accountJourney(await customer.newPage());
      await customer.close();

      // Credentials where clients put them: query, path, cookie and authorization headers.
      await app.fetch(`/en?token=${LINK_TOKEN}&email=${encodeURIComponent(ADDRESS)}`);
      await app.fetch(`/en/reset-password/${LINK_TOKEN}`);
      await app.fetch("/en", { headers: { Cookie: `authjs.session-token=${SESSION_COOKIE}` } });
      await app.fetch("/api/metrics", { headers: { Authorization: `Bearer ${BEARER}` } });
      await app.fetch("/api/metrics", { headers: { Authorization: `Bearer ${METRICS_TOKEN}` } });
      // A server action that does not exist (Next.js logs it itself).
      await app.fetch("/en/dev/mail", { method: "POST", headers: { "Next-Action": "0".repeat(42) } });
      await app.logs.waitFor((e) => e.msg === "request" && e.method === "POST");

      const lines = app.logs.lines;
      expect(findLeaks(lines, used)).toEqual([]);
      expect(unstructuredLines(lines)).toEqual([]);

      // What was logged is still useful: the delivery with a masked address, the request lines
      // with paths stripped of query strings and tokens.
      const entries = app.logs.entries();
      expect(entries).toContainEqual(
        expect.objectContaining({ msg: "e-mail delivered", to: "k***@northwind.example", provider: "dev" }),
      );
      const paths = entries.filter((e) => e.msg === "request").map((e) => e.path);
      expect(paths).toEqual(
        expect.arrayContaining(["/", "/de", "/en/dev/mail", "/en/reset-password/:token"]),
      );
      expect(paths.every((p) => !String(p).includes("?"))).toBe(true);
    },
  );

  it("flags a leak when one is there (the scanner itself works)", () => {
    const planted = [
      `{"msg":"oops","to":"${ADDRESS.toLowerCase()}"}`,
      `{"msg":"Authorization: Bearer ${BEARER}"}`,
      `{"cookie":"authjs.session-token=${SESSION_COOKIE}"}`,
      `{"hash":"$argon2id$v=19$m=19456,t=2,p=1$abc"}`,
    ];
    const found = findLeaks(planted, used).map((l) => l.what);
    expect(found).toEqual(
      expect.arrayContaining([
        `the address ${ADDRESS}`,
        "a bearer credential",
        "a session cookie",
        "a JWT/JWE",
        "a password hash",
      ]),
    );
    expect(unstructuredLines(["plain text", '{"ok":true}'])).toEqual(["plain text"]);
  });
});
