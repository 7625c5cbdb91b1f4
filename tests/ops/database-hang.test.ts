import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import en from "@/messages/en.json";
import de from "@/messages/de.json";
import { startApp, type AppInstance } from "../support/app-instances";
import { eventually } from "../support/eventually";
import { stoppableDatabase, type StoppableDatabase } from "../support/stoppable-database";
import { getPage, OUTAGE_PAGE, register, usersWith } from "../support/outage-requests";

// PostgreSQL hangs under a running instance: its processes are frozen (SIGSTOP), so connections
// stay open and new ones are accepted by the kernel, but nothing is ever answered. The instance
// still answers within its configured timeouts, with the same localized 503 as for a stopped
// database, from the very first request that meets the hang; writes nothing; and serves again,
// without a restart, once the server runs on (SIGCONT).

const CONNECT_TIMEOUT_MS = 1000;
// The statement timeout must not cancel the blocked INSERT below before the test has frozen the
// server; the query timeout stays above it, as in production.
const STATEMENT_TIMEOUT_MS = 2000;
const QUERY_TIMEOUT_MS = 2500;
// A request meets the hang on a pooled connection (query timeout) or on a new one (connect
// timeout), at most both; the rest is the render on two busy cores.
const BOUND_MS = CONNECT_TIMEOUT_MS + QUERY_TIMEOUT_MS + 2000;

let database: StoppableDatabase;
let app: AppInstance;

beforeAll(async () => {
  database = await stoppableDatabase();
  app = await startApp({
    name: "hang",
    databaseUrl: database.url,
    env: {
      DATABASE_CONNECT_TIMEOUT_MS: String(CONNECT_TIMEOUT_MS),
      DATABASE_STATEMENT_TIMEOUT_MS: String(STATEMENT_TIMEOUT_MS),
      DATABASE_QUERY_TIMEOUT_MS: String(QUERY_TIMEOUT_MS),
      // One connection: a request that kept its connection after the hang would leave the
      // instance none, and it would never serve again.
      DATABASE_POOL_SIZE: "1",
      SCHEDULED_JOBS: "off",
    },
  });
});

// A failed test must not leave the server frozen for the next one.
afterEach(() => database.thaw());

afterAll(async () => {
  await app?.stop();
  await database?.remove();
});

async function timed<T>(work: Promise<T>) {
  const started = Date.now();
  const value = await work;
  return { value, ms: Date.now() - started };
}

/** After SIGCONT: the instance's own probe finds the server again, and the page is back. */
async function servesAgain() {
  const back = await eventually(
    async () => {
      const r = await getPage(app, OUTAGE_PAGE("en"));
      return r.status === 200 ? r : false;
    },
    15_000,
    "the page to be served again",
  );
  expect(back.text).toContain(en.resetPassword.unknown.title);
}

describe("PostgreSQL hangs under a running instance", () => {
  it("the first page request answers the localized 503 within the timeouts; after SIGCONT it serves again", async () => {
    expect((await getPage(app, OUTAGE_PAGE("en"))).status).toBe(200);
    const before = `hang-before-${Date.now()}@northwind.example`;
    expect((await register(app, before)).status).toBe(200);

    await database.freeze();
    // The first request to meet the hang, on the instance's idle pooled connection.
    const first = await timed(getPage(app, OUTAGE_PAGE("de")));
    expect(first.value.status).toBe(503);
    expect(first.ms).toBeLessThan(BOUND_MS);
    expect(first.value.headers.get("content-type")).toMatch(/^text\/html/);
    expect(first.value.headers.get("retry-after")).toBe("10");
    expect(first.value.headers.get("cache-control")).toBe("no-store");
    expect(first.value.text).toContain('<html lang="de">');
    expect(first.value.text).toContain(de.unavailable.title);
    const nonce = first.value.headers.get("content-security-policy")?.match(/'nonce-([^']+)'/)?.[1];
    expect(nonce).toBeTruthy();
    expect(first.value.text).toContain(`<style nonce="${nonce}">`);

    // Known down now: answered at once, the registration included, and nothing is written.
    const after = await timed(getPage(app, OUTAGE_PAGE("en")));
    expect(after.value.status).toBe(503);
    expect(after.value.text).toContain(en.unavailable.title);
    const during = `hang-during-${Date.now()}@northwind.example`;
    const action = await timed(register(app, during));
    expect(action.value.status).toBe(503);
    expect(await action.value.text()).toBe(en.unavailable.action);
    expect(action.ms).toBeLessThan(BOUND_MS);
    expect((await app.fetch("/api/health/live")).status).toBe(200);

    await database.thaw();
    await servesAgain();
    expect(await usersWith(database, during)).toBe(0);
    expect(await usersWith(database, before)).toBe(1);
    expect(app.process.exitCode).toBeNull();
  });

  it("a registration inside its transaction when the server hangs: 503, nothing written, the connection given back", async () => {
    // Holds back every write to "User" (reads go on), so the registration's INSERT is certainly
    // on the wire, inside its transaction, when the server freezes.
    const locker = new pg.Client({ connectionString: database.url });
    await locker.connect();
    await locker.query(`BEGIN; LOCK TABLE "User" IN SHARE MODE`);
    const email = `hang-in-transaction-${Date.now()}@northwind.example`;
    const answer = register(app, email);
    await eventually(
      async () =>
        (
          await database.query(
            `SELECT 1 FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE 'INSERT INTO %"User"%'`,
          )
        ).length > 0,
      10_000,
      "the registration to wait for its INSERT",
    );
    await database.freeze();
    const frozenAt = Date.now();
    const res = await answer;
    expect(res.status).toBe(503);
    expect(await res.text()).toBe(en.unavailable.action);
    expect(Date.now() - frozenAt).toBeLessThan(BOUND_MS);

    await database.thaw();
    await locker.query("ROLLBACK");
    await locker.end();
    // With its one connection back, the instance serves again; no transaction was left open.
    await servesAgain();
    expect(await usersWith(database, email)).toBe(0);
    await eventually(
      async () =>
        (await database.query(`SELECT 1 FROM pg_stat_activity WHERE state LIKE 'idle in transaction%'`))
          .length === 0,
      10_000,
      "no transaction left open",
    );
    // And registering works again, in the same process.
    const again = `hang-after-${Date.now()}@northwind.example`;
    expect((await register(app, again)).status).toBe(200);
    expect(await usersWith(database, again)).toBe(1);
    expect(app.process.exitCode).toBeNull();
  });
});
