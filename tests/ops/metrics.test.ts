import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type AppInstance } from "../support/app-instances";
import { freshDatabase, type TestDatabase } from "../support/ops-database";
import { sample } from "../support/prometheus";
import { signInOver } from "../support/sign-in-http";

// A production-mode instance (APP_ENV=production) with its outbox worker off, so the queued
// e-mails below stay queued and the gauges can be checked against known numbers.

const TOKEN = "metrics-test-token-0123456789";
const POOL_SIZE = 2;

let database: TestDatabase;
let app: AppInstance;

beforeAll(async () => {
  database = await freshDatabase("metrics");
  const q = (sql: string) => database.pool.query(sql);
  await q(`INSERT INTO "User" (id, email, username, status, "firstName", "lastName", company, country,
             "statusChangedAt", "updatedAt")
           VALUES ('review-1', 'waiting@contoso-grid.example', 'waiting', 'PENDING_REVIEW', 'W', 'Aiting',
             'Contoso Grid', 'DE', now() - interval '2 hours', now())`);
  await q(`INSERT INTO "EmailOutbox" (id, "to", subject, html, text, template, locale, status, "createdAt", "nextAttemptAt")
           SELECT 'queued-' || n, 'q' || n || '@example.com', 's', 'h', 't', 'test', 'en',
                  'PENDING', now() - interval '10 minutes', now() - interval '1 minute'
             FROM generate_series(1, 3) AS n`);
  await q(`INSERT INTO "EmailOutbox" (id, "to", subject, html, text, template, locale, status)
           VALUES ('failed-1', 'f@example.com', 's', 'h', 't', 'test', 'en', 'FAILED')`);
  app = await startApp({
    name: "metrics",
    databaseUrl: `${database.url}?application_name=portal-metrics`,
    env: {
      APP_ENV: "production",
      METRICS_TOKEN: TOKEN,
      OUTBOX_WORKER: "off",
      HEALTH_OUTBOX_BACKLOG_MAX: "2",
      DATABASE_POOL_SIZE: String(POOL_SIZE),
    },
  });
});

afterAll(async () => {
  await app?.stop();
  await database?.drop();
});

const metrics = (authorization?: string) =>
  app.fetch("/api/metrics", { headers: authorization ? { Authorization: authorization } : {} });

describe("/api/metrics", () => {
  it("refuses a scrape without the bearer token or with a wrong one", async () => {
    const none = await metrics();
    expect(none.status).toBe(401);
    expect(none.headers.get("www-authenticate")).toContain("Bearer");
    expect(await none.text()).not.toContain("portal_");
    expect((await metrics(`Bearer ${TOKEN}x`)).status).toBe(401);
    expect((await metrics(TOKEN)).status).toBe(401);
  });

  it("serves Prometheus text with the shared state, this instance's counters and process metrics", async () => {
    const home = await app.fetch("/en", { headers: { "X-Request-Id": "metrics-home-1" } });
    expect(home.status).toBe(200);
    // Observed when the response has gone out, together with its log line.
    await app.logs.waitFor((e) => e.reqId === "metrics-home-1");
    const res = await metrics(`Bearer ${TOKEN}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/plain");
    const text = await res.text();

    expect(sample(text, "portal_database_up")).toBe(1);
    expect(sample(text, "portal_verification_queue_size")).toBe(1);
    const queueAge = sample(text, "portal_verification_queue_oldest_age_seconds")!;
    expect(queueAge).toBeGreaterThan(7100);
    expect(queueAge).toBeLessThan(7300);
    expect(sample(text, "portal_outbox_backlog")).toBe(3);
    expect(sample(text, "portal_outbox_due")).toBe(3);
    const mailAge = sample(text, "portal_outbox_oldest_undelivered_age_seconds")!;
    expect(mailAge).toBeGreaterThan(590);
    expect(mailAge).toBeLessThan(700);
    expect(sample(text, "portal_outbox_failed")).toBe(1);

    expect(
      sample(text, "portal_http_request_duration_seconds_count", { route: "page:home", method: "GET" }),
    ).toBeGreaterThanOrEqual(1);
    expect(text).toContain("# TYPE portal_signin_total counter");
    expect(sample(text, "portal_signin_total", { outcome: "blocked" })).toBe(0);
    expect(text).toContain("# TYPE portal_registrations_total counter");
    expect(text).toContain("# TYPE portal_email_deliveries_total counter");
    expect(sample(text, "process_cpu_user_seconds_total")).toBeGreaterThan(0);
    expect(sample(text, "nodejs_heap_size_used_bytes")).toBeGreaterThan(0);
  });
});

describe("a production instance", () => {
  it("reports not ready while more e-mails are due than HEALTH_OUTBOX_BACKLOG_MAX", async () => {
    const res = await app.fetch("/api/health/ready");
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({
      status: "fail",
      checks: { database: { ok: true }, schema: { ok: true }, outbox: { ok: false, due: 3, max: 2 } },
    });
    await database.pool.query(`UPDATE "EmailOutbox" SET status = 'SENT' WHERE id = 'queued-1'`);
    expect((await app.fetch("/api/health/ready")).status).toBe(200);
  });

  it("keeps to one pool of DATABASE_POOL_SIZE connections however many routes use it", async () => {
    let most = 0;
    for (let round = 0; round < 5; round++) {
      await Promise.all(
        Array.from({ length: 12 }, (_, i) =>
          i % 2 ? app.fetch("/api/health/ready") : metrics(`Bearer ${TOKEN}`),
        ),
      );
      const { rows } = await database.pool.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'portal-metrics'`,
      );
      most = Math.max(most, rows[0]!.n);
    }
    expect(most).toBeGreaterThan(0);
    expect(most).toBeLessThanOrEqual(POOL_SIZE);
  });

  it("warns loudly at start that demo accounts exist", () => {
    const warning = app.logs.entries().filter((e) => String(e.msg).startsWith("DEMO ACCOUNTS EXIST"));
    expect(warning).toHaveLength(1);
    expect(warning[0]).toMatchObject({ level: "error", component: "security" });
    expect(warning[0]!.msg).toContain("admin, support, customer");
  });
});

describe("sign-in metrics", () => {
  it("counts sign-ins by outcome", async () => {
    const count = async (outcome: string) =>
      sample(await (await metrics(`Bearer ${TOKEN}`)).text(), "portal_signin_total", { outcome });
    const [success, failure] = [await count("success"), await count("failure")];
    const good = await signInOver(app, { identifier: "customer", password: "demo-customer-password" });
    expect(good.session).toBeDefined();
    const bad = await signInOver(app, { identifier: "customer", password: "not-the-password" });
    expect(bad.session).toBeUndefined();
    expect(await count("success")).toBe(success! + 1);
    expect(await count("failure")).toBe(failure! + 1);
    expect(await count("refused")).toBe(0);
  });
});
