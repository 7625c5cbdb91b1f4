import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { startEmbeddedDatabase } from "../../scripts/embedded-db";
import { migrateDeploy } from "../../scripts/run";
const dir = await mkdtemp(path.join(tmpdir(), "micro-"));
const d = await startEmbeddedDatabase({ dir, port: 4091, persistent: false });
await migrateDeploy(d.url);
process.env.DATABASE_URL = d.url;
Object.assign(process.env, { APP_ENV: "test", AUTH_SECRET: "x".repeat(40), APP_BASE_URL: "http://localhost:3000", TOTP_ENCRYPTION_KEY: "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef" });
const { db } = await import("../../lib/db");
const { hit } = await import("../../lib/rate-limit");
const pool = new pg.Pool({ connectionString: d.url, max: 2 });
async function measure(label: string, n: number, f: (i: number) => Promise<unknown>) {
  for (let i = 0; i < 200; i++) await f(i);
  const c0 = process.cpuUsage(); const t0 = performance.now();
  for (let i = 0; i < n; i++) await f(i);
  const c = process.cpuUsage(c0);
  console.log(label, "cpu µs/op", ((c.user + c.system) / n).toFixed(0), "wall µs/op", (((performance.now() - t0) * 1000) / n).toFixed(0));
}
await measure("pg SELECT 1", 3000, () => pool.query("SELECT 1"));
await measure("prisma $queryRaw SELECT 1", 3000, () => db.$queryRaw`SELECT 1`);
await measure("prisma $queryRaw param", 3000, (i) => db.$queryRaw`SELECT ${String(i)}::text AS x`);
await measure("limiter hit", 3000, (i) => hit("m", String(i % 50), { points: 1e9, durationSec: 60 }));
await measure("pg upsert", 3000, (i) => pool.query(`INSERT INTO ratelimit.limits (key, points, expire) VALUES ($1, 1, $2) ON CONFLICT (key) DO UPDATE SET points = ratelimit.limits.points + 1 RETURNING points, expire`, ["p:" + (i % 50), Date.now() + 60000]));
await pool.end(); await db.$disconnect(); await d.stop();
