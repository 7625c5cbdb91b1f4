import { afterAll, beforeAll, describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import de from "@/messages/de.json";
import es from "@/messages/es.json";
import { startApp, type AppInstance } from "../support/app-instances";
import { eventually } from "../support/eventually";
import { stoppableDatabase, type StoppableDatabase } from "../support/stoppable-database";
import { getPage, OUTAGE_PAGE, register, usersWith } from "../support/outage-requests";
import { TEST_ENV } from "../support/test-env";

// PostgreSQL stops under a running instance and starts again. Meanwhile pages answer a localized
// 503 page and actions a 503 that writes nothing; afterwards the same process serves again,
// found out by its own probe (no user traffic needed, no restart).

let database: StoppableDatabase;
let app: AppInstance;

beforeAll(async () => {
  database = await stoppableDatabase();
  app = await startApp({
    name: "outage",
    databaseUrl: database.url,
    env: { DATABASE_CONNECT_TIMEOUT_MS: "1000", SCHEDULED_JOBS: "off" },
  });
});

afterAll(async () => {
  await app?.stop();
  await database?.remove();
});

describe("PostgreSQL stops and starts again under a running instance", () => {
  it("answers 503 meanwhile, writes nothing, and serves again without a restart", async () => {
    const before = await getPage(app, OUTAGE_PAGE("en"));
    expect(before.status).toBe(200);
    expect(before.text).toContain(en.resetPassword.unknown.title);
    const registered = `outage-before-${Date.now()}@northwind.example`;
    expect((await register(app, registered)).status).toBe(200);
    expect(await usersWith(database, registered)).toBe(1);

    await database.stop();

    // The idle pooled connections that the server closed have told the instance already.
    const first = `outage-first-${Date.now()}@northwind.example`;
    expect((await register(app, first)).status).toBe(503);

    const enPage = await eventually(
      async () => {
        const r = await getPage(app, OUTAGE_PAGE("en"));
        expect(r.status).not.toBe(500);
        return r.status === 503 ? r : false;
      },
      15_000,
      "the 503 page",
    );
    expect(enPage.headers.get("content-type")).toMatch(/^text\/html/);
    expect(enPage.headers.get("retry-after")).toBe("10");
    expect(enPage.headers.get("cache-control")).toBe("no-store");
    expect(enPage.text).toContain('<html lang="en">');
    expect(enPage.text).toContain(en.unavailable.title);
    expect(enPage.text).toContain(en.unavailable.text);
    expect(enPage.text).toContain(`mailto:${TEST_ENV.SUPPORT_EMAIL}`);
    expect(enPage.text).toContain(TEST_ENV.PORTAL_NAME);
    // Its styles carry the nonce of the CSP sent with it.
    const nonce = enPage.headers.get("content-security-policy")?.match(/'nonce-([^']+)'/)?.[1];
    expect(nonce).toBeTruthy();
    expect(enPage.text).toContain(`<style nonce="${nonce}">`);

    const dePage = await getPage(app, OUTAGE_PAGE("de"));
    expect(dePage.status).toBe(503);
    expect(dePage.text).toContain('<html lang="de">');
    expect(dePage.text).toContain(de.unavailable.title);
    expect(dePage.text).toContain(de.unavailable.later);
    expect(dePage.text).not.toContain(en.unavailable.title);

    // A registration sent now: 503 with a short message, and Next.js's client reloads the page.
    const during = `outage-during-${Date.now()}@northwind.example`;
    const action = await register(app, during);
    expect(action.status).toBe(503);
    expect(action.headers.get("content-type")).toBe("text/plain");
    expect(action.headers.get("x-action-redirect")).toBe("/en/register;replace");
    expect(await action.text()).toBe(en.unavailable.action);

    const api = await app.fetch("/api/serials/NW100A");
    expect(api.status).toBe(503);
    expect(await api.json()).toEqual({ error: "unavailable" });
    expect((await app.fetch("/api/health/ready")).status).toBe(503);
    expect((await app.fetch("/api/health/live")).status).toBe(200);

    const startedAgain = Date.now();
    await database.start();
    // No request in between: the instance's own probe notices that the database is back.
    await app.logs.waitFor((e) => e.msg === "database reachable again; serving", 15_000);
    const esPage = await getPage(app, OUTAGE_PAGE("es"));
    expect(esPage.status).toBe(200);
    expect(esPage.text).toContain(es.resetPassword.unknown.title);
    expect(Date.now() - startedAgain).toBeLessThan(15_000);
    expect((await app.fetch("/api/health/ready")).status).toBe(200);

    // Nothing of the attempts made during the outage exists; what came before is intact.
    expect(await usersWith(database, during)).toBe(0);
    expect(await usersWith(database, first)).toBe(0);
    expect(await usersWith(database, registered)).toBe(1);
    // And registering works again, in the same process.
    const after = `outage-after-${Date.now()}@northwind.example`;
    expect((await register(app, after)).status).toBe(200);
    expect(await usersWith(database, after)).toBe(1);
    expect(app.process.exitCode).toBeNull();
    expect(
      app.logs.entries().filter((e) => e.msg === "database unreachable: answering 503 until it is back"),
    ).toHaveLength(1);
  });

  it("the first request to meet the stopped server answers the same 503, page or action", async () => {
    // A quiet instance: its pools have closed their idle connections, so nothing tells it that
    // the server stops, and the next request is the first to find out.
    const quiet = () =>
      eventually(
        async () =>
          (
            await database.query(
              `SELECT 1 FROM pg_stat_activity WHERE pid <> pg_backend_pid() AND backend_type = 'client backend'`,
            )
          ).length === 0,
        30_000,
        "the instance's pools to close their idle connections",
      );
    const serving = () =>
      eventually(
        async () => (await getPage(app, OUTAGE_PAGE("en"))).status === 200,
        15_000,
        "the page to be served again",
      );

    await quiet();
    await database.stop();
    const page = await getPage(app, OUTAGE_PAGE("es"));
    expect(page.status).toBe(503);
    expect(page.headers.get("retry-after")).toBe("10");
    expect(page.text).toContain('<html lang="es">');
    expect(page.text).toContain(es.unavailable.title);
    const nonce = page.headers.get("content-security-policy")?.match(/'nonce-([^']+)'/)?.[1];
    expect(nonce).toBeTruthy();
    expect(page.text).toContain(`<style nonce="${nonce}">`);
    await database.start();
    await serving();

    await quiet();
    await database.stop();
    const email = `outage-first-action-${Date.now()}@northwind.example`;
    const action = await register(app, email);
    expect(action.status).toBe(503);
    expect(action.headers.get("content-type")).toBe("text/plain");
    expect(action.headers.get("x-action-redirect")).toBe("/en/register;replace");
    expect(await action.text()).toBe(en.unavailable.action);
    await database.start();
    await serving();
    expect(await usersWith(database, email)).toBe(0);
    expect(app.process.exitCode).toBeNull();
  });
});
