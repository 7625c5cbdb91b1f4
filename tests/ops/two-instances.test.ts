import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startCluster, type AppInstance, type Cluster } from "../support/app-instances";
import { eventually } from "../support/eventually";
import { startFakeResend } from "../support/fake-resend";
import { freshDatabase, type TestDatabase } from "../support/ops-database";
import { insertOutboxEmails, outboxCounts } from "../support/outbox-rows";
import { sample, scrape } from "../support/prometheus";
import { createCustomer, sessionUser, signInOver, signOutOver } from "../support/sign-in-http";

// Two instances of one build on one database, both running their outbox workers and schedulers,
// as behind a load balancer: e-mail, scheduled jobs, and sign-in, revocation and throttling.

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const METRICS_TOKEN = "two-instances-metrics-token";
const POOL_SIZE = 3;

let database: TestDatabase;
let resend: Awaited<ReturnType<typeof startFakeResend>>;
let cluster: Cluster;

beforeAll(async () => {
  database = await freshDatabase("two_instances");
  resend = await startFakeResend({ delayMs: 20 });
  cluster = await startCluster({
    count: 2,
    databaseUrl: database.url,
    env: {
      RESEND_BASE_URL: resend.url,
      OUTBOX_WORKER: "on",
      OUTBOX_POLL_MS: "100",
      SCHEDULER_TICK_MS: "200",
      LOG_LEVEL: "debug",
      METRICS_TOKEN,
      DATABASE_POOL_SIZE: String(POOL_SIZE),
    },
    // Each instance has its own API key and database application_name, to tell them apart.
    envOf: (i) => ({
      RESEND_API_KEY: `re_instance_${i}_key`,
      DATABASE_URL: `${database.url}?application_name=portal-${i}`,
    }),
  });
});

afterAll(async () => {
  await cluster?.stop();
  await resend?.close();
  await database?.drop();
});

async function connectionsPerInstance() {
  const { rows } = await database.pool.query<{ app: string; n: number }>(
    `SELECT application_name AS app, count(*)::int AS n FROM pg_stat_activity
      WHERE datname = current_database() AND application_name LIKE 'portal-%' GROUP BY 1`,
  );
  return rows;
}

describe("two instances on one database", () => {
  it("deliver 200 queued e-mails exactly once between them, within each pool's size", async () => {
    const ids = await insertOutboxEmails(database.pool, 200, "bulk");
    let mostConnections = 0;
    await eventually(
      async () => {
        for (const r of await connectionsPerInstance()) mostConnections = Math.max(mostConnections, r.n);
        return (await outboxCounts(database.pool, ids)).sent === 200;
      },
      90_000,
      "all 200 e-mails sent",
    );

    const keys = resend.received.map((r) => r.idempotencyKey);
    expect(keys).toHaveLength(200);
    expect(new Set(keys).size).toBe(200);
    expect([...keys].sort()).toEqual([...ids].sort());
    // Both workers took part.
    const byInstance = new Map<string, number>();
    for (const r of resend.received) {
      const key = String(r.headers.authorization);
      byInstance.set(key, (byInstance.get(key) ?? 0) + 1);
    }
    expect([...byInstance.keys()].sort()).toEqual(["Bearer re_instance_0_key", "Bearer re_instance_1_key"]);

    // The instances' own counters agree: 200 sent in total, by both.
    const counts = await Promise.all(
      cluster.instances.map(async (i) =>
        sample(await scrape(i.url, METRICS_TOKEN), "portal_email_deliveries_total", {
          provider: "resend",
          result: "sent",
        }),
      ),
    );
    expect(counts.every((c) => (c ?? 0) > 0)).toBe(true);
    expect(counts.reduce((a = 0, b = 0) => a + b, 0)).toBe(200);

    // One pool of DATABASE_POOL_SIZE per instance, however many bundles use the database.
    expect(mostConnections).toBeGreaterThan(0);
    expect(mostConnections).toBeLessThanOrEqual(POOL_SIZE);
  });

  it("run the scheduled cleanup once per hour between them", async () => {
    const { rows: users } = await database.pool.query<{ id: string }>(
      `SELECT id FROM "User" WHERE username = 'customer'`,
    );
    const userId = users[0]!.id;
    const markers = async (slot: number) => {
      const { rows } = await database.pool.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM "AuditLog"
          WHERE action = 'system.job.run' AND details->>'job' = 'cleanup' AND details->>'slot' = $1`,
        [String(slot)],
      );
      return rows[0]!.n;
    };

    for (const hoursAhead of [1, 2, 3]) {
      const offset = hoursAhead * HOUR;
      const at = Date.now() + offset;
      const slot = Math.floor(at / HOUR);
      // A link expired eight days before the moved clock (purged) and one a day before (kept).
      await database.pool.query(
        `INSERT INTO "OneTimeToken" (id, purpose, "tokenHash", "userId", "expiresAt")
         VALUES ($1, 'PASSWORD_RESET', $1, $3, $4), ($2, 'PASSWORD_RESET', $2, $3, $5)`,
        [`old-${slot}`, `recent-${slot}`, userId, new Date(at - 8 * DAY), new Date(at - DAY)],
      );
      await cluster.setClock(offset);

      // Both instances have looked at this slot: one ran it, the other found it done.
      const seen = await Promise.all(
        cluster.instances.map((i) =>
          i.logs.waitFor(
            (e) =>
              e.component === "jobs" &&
              e.job === "cleanup" &&
              e.slot === slot &&
              (e.msg === "scheduled job ran" || e.outcome === "done"),
            30_000,
          ),
        ),
      );
      expect(seen.map((e) => e.msg).sort()).toEqual(["scheduled job not run here", "scheduled job ran"]);
      expect(await markers(slot)).toBe(1);

      const { rows } = await database.pool.query<{ id: string }>(
        `SELECT id FROM "OneTimeToken" WHERE id = ANY($1::text[])`,
        [[`old-${slot}`, `recent-${slot}`]],
      );
      expect(rows.map((r) => r.id)).toEqual([`recent-${slot}`]);
    }
  });
});

describe("sign-in across two instances", () => {
  it("a session made on A is good on B, and signing out on A ends it on B within the cache's 3 s", async () => {
    const [a, b] = cluster.instances as [AppInstance, AppInstance];
    const user = await createCustomer(database.pool, "roam");
    const { session } = await signInOver(a, { identifier: user.email, password: user.password });
    expect(session).toBeDefined();

    expect(await sessionUser(b, session!)).toBe(user.id);
    const dashboard = async () => (await b.fetch("/en/dashboard", { headers: { cookie: session! } })).text();
    expect(await dashboard()).toContain("Kim Meyer");

    // B has just cached the session as valid; A revokes it.
    await signOutOver(a, session!);
    const revokedAt = Date.now();
    expect(await sessionUser(a, session!)).toBeNull();
    await eventually(
      async () => (await sessionUser(b, session!)) === null,
      10_000,
      "B to reject the session",
    );
    // The page sends the revoked session to sign-in (a redirect inside a streamed page). Pages
    // and route handlers are separate bundles with a 3 s cache each, so the page may take as long.
    let after = "";
    await eventually(
      async () => {
        after = await dashboard();
        return !after.includes("Kim Meyer");
      },
      10_000,
      "B's pages to reject the session",
    );
    const tookMs = Date.now() - revokedAt;
    expect(tookMs).toBeLessThanOrEqual(3_000 + 1_500);
    expect(after).toContain("/en/login");
  });

  it("counts wrong passwords on A and B toward one limit: the 11th attempt is blocked even when right", async () => {
    const user = await createCustomer(database.pool, "guess");
    const before = await blockedTotal();
    for (let i = 0; i < 10; i++) {
      const app = cluster.instances[i % 2]!;
      const r = await signInOver(app, { identifier: user.email, password: `wrong-${i}` });
      expect(r.session).toBeUndefined();
      expect(r.location).toContain("code=invalid");
    }
    for (const app of cluster.instances) {
      const r = await signInOver(app, { identifier: user.email, password: user.password });
      expect(r.session).toBeUndefined();
      expect(r.location).toContain("code=invalid");
    }
    const { rows } = await database.pool.query<{ action: string; n: number }>(
      `SELECT action, count(*)::int AS n FROM "AuditLog" WHERE "targetId" = $1 GROUP BY 1 ORDER BY 1`,
      [user.id],
    );
    expect(rows).toEqual([
      { action: "signin.blocked", n: 2 },
      { action: "signin.failure", n: 10 },
      { action: "signin.locked", n: 1 },
    ]);
    expect((await blockedTotal()) - before).toBe(2);
  });
});

/** Blocked sign-ins counted by both instances together. */
async function blockedTotal() {
  const counts = await Promise.all(
    cluster.instances.map(async (i) =>
      sample(await scrape(i.url, METRICS_TOKEN), "portal_signin_total", { outcome: "blocked" }),
    ),
  );
  return counts.reduce<number>((a, c) => a + (c ?? 0), 0);
}
