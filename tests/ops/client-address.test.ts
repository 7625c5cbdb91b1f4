import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LIMITS } from "@/lib/registration/limits";
import { freshDatabase, type TestDatabase } from "../support/ops-database";
import { startApp, stopAll, type AppInstance } from "../support/app-instances";
import { signInOver } from "../support/sign-in-http";

// The per-address throttles count the address the request really came from: a client talking to
// an instance directly cannot pick one with X-Forwarded-For, and behind a proxy only the entry
// that proxy appended counts. Shown with the serial look-up budget (60 a minute per address).

let database: TestDatabase;
let direct: AppInstance;
let proxied: AppInstance;

beforeAll(async () => {
  database = await freshDatabase("client_address");
  [direct, proxied] = await Promise.all([
    startApp({ name: "direct", databaseUrl: database.url, env: { TRUSTED_PROXY_HOPS: "0" } }),
    startApp({ name: "proxied", databaseUrl: database.url, env: { TRUSTED_PROXY_HOPS: "1" } }),
  ]);
});
afterAll(async () => {
  await stopAll([direct, proxied]);
  await database?.drop();
});

const BUDGET = LIMITS.serialCheckPerIp.rule.points;

/** Statuses of `count` serial look-ups, the n-th sent with X-Forwarded-For `forwardedFor(n)`. */
async function lookUps(app: AppInstance, count: number, forwardedFor: (n: number) => string) {
  const statuses: number[] = [];
  for (let n = 0; n < count; n++) {
    const res = await app.fetch("/api/serials/NW100A", { headers: { "x-forwarded-for": forwardedFor(n) } });
    await res.arrayBuffer();
    statuses.push(res.status);
  }
  return statuses;
}

describe("the client address", () => {
  it("is the connection's own address when no proxy is trusted, whatever X-Forwarded-For claims", async () => {
    const statuses = await lookUps(direct, BUDGET + 1, (n) => `198.51.100.${n}`);
    expect(statuses.slice(0, BUDGET).every((s) => s === 200)).toBe(true);
    expect(statuses[BUDGET]).toBe(429);
  });

  it("is what a sign-in records, not the address the client claimed", async () => {
    const { session } = await signInOver(direct, {
      identifier: "customer",
      password: "demo-customer-password",
      ip: "198.51.100.77",
    });
    expect(session).toBeDefined();
    const { rows } = await database.pool.query<{ ip: string }>(
      `SELECT ip FROM "AuditLog" WHERE action = 'signin.success' ORDER BY id DESC LIMIT 1`,
    );
    expect(rows).toEqual([{ ip: "127.0.0.1" }]);
  });

  it("behind one trusted proxy is the entry that proxy appended, not what the client wrote before it", async () => {
    // Each look-up claims another address in front; the proxy's entry stays the same client.
    const statuses = await lookUps(proxied, BUDGET + 1, (n) => `203.0.113.${n}, 192.0.2.10`);
    expect(statuses.slice(0, BUDGET).every((s) => s === 200)).toBe(true);
    expect(statuses[BUDGET]).toBe(429);
    // Other clients behind the same proxy keep their own budgets.
    expect(await lookUps(proxied, 3, (n) => `192.0.2.${20 + n}`)).toEqual([200, 200, 200]);
  });
});
