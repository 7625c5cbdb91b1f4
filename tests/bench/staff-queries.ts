// Staff console queries at scale: seeds 100,000 users (5 % waiting for review), 100,000 registry
// devices and 200,000 audit entries into a fresh embedded PostgreSQL, then times the console's own
// data-layer functions (the Prisma queries the pages run) without and with the trigram indexes
// proposed for free-text search. Writes bench-results/staff-queries.json.
//
//   npx tsx tests/bench/staff-queries.ts [runs=40]
//
// The data layer imports "server-only", which resolves to an empty module only under the
// react-server condition: the script re-runs itself with it.
import { spawnSync } from "node:child_process";
import { chmod, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { cpus, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";

if (!process.execArgv.includes("--conditions=react-server")) {
  const self = fileURLToPath(import.meta.url);
  const r = spawnSync(
    process.execPath,
    [...process.execArgv, "--conditions=react-server", self, ...process.argv.slice(2)],
    {
      stdio: "inherit",
    },
  );
  process.exit(r.status ?? 1);
}

const RUNS = Number(process.argv[2] ?? 40);

const { startEmbeddedDatabase } = await import("../../scripts/embedded-db");
const { migrateDeploy } = await import("../../scripts/run");
const { seed } = await import("../../prisma/seed");
const { freePort } = await import("../support/free-port");
const { TEST_ENV } = await import("../support/test-env");
const { SEED_SQL, TRIGRAM_INDEXES } = await import("./staff-seed-sql");

const dir = await mkdtemp(path.join(tmpdir(), "portal-bench-"));
await chmod(dir, 0o755);
const database = await startEmbeddedDatabase({
  dir: path.join(dir, "pg"),
  port: await freePort(),
  persistent: false,
});
try {
  await migrateDeploy(database.url);
  await seed(database.url);
  const sql = new pg.Client({ connectionString: database.url });
  sql.on("error", () => {}); // the database stops under it at the end
  await sql.connect();
  let t = Date.now();
  await sql.query(SEED_SQL);
  await sql.query("ANALYZE");
  const seedMs = Date.now() - t;
  const counts = (
    await sql.query<{ users: string; pending: string; devices: string; audit: string }>(`
      SELECT (SELECT count(*) FROM "User") users,
             (SELECT count(*) FROM "User" WHERE status = 'PENDING_REVIEW') pending,
             (SELECT count(*) FROM "Device") devices,
             (SELECT count(*) FROM "AuditLog") audit`)
  ).rows[0]!;
  console.log(`seeded in ${seedMs} ms:`, counts);

  Object.assign(process.env, TEST_ENV, { DATABASE_URL: database.url, DATABASE_POOL_SIZE: "4" });
  const { db } = await import("@/lib/db");
  const { getVerificationQueue, getPendingSummary, getQueueFacets } =
    await import("@/lib/dal/staff/verification-queue");
  const { searchUsers } = await import("@/lib/dal/staff/user-search");
  const { queryAuditLog } = await import("@/lib/dal/staff/audit-log");
  const admin = await db.user.findUniqueOrThrow({
    where: { email: "admin@example.com" },
    select: { id: true, role: true },
  });
  const sample = await db.user.findUniqueOrThrow({ where: { id: "bench-4242" } });
  const day = 86_400_000;

  const scenarios: Record<string, () => Promise<unknown>> = {
    "queue: page 1": () => getVerificationQueue({ actor: admin }),
    "queue: page 100": () => getVerificationQueue({ actor: admin, page: 100 }),
    "queue: reason": () => getVerificationQueue({ actor: admin, filters: { reason: "free_mail_provider" } }),
    "queue: country + dates": () =>
      getVerificationQueue({
        actor: admin,
        filters: {
          country: "DE",
          from: new Date(Date.now() - 30 * day),
          to: new Date(Date.now() - 10 * day),
        },
      }),
    "queue: company": () => getVerificationQueue({ actor: admin, filters: { company: "Nordwerk" } }),
    "queue: e-mail domain": () =>
      getVerificationQueue({ actor: admin, filters: { domain: "company17.example" } }),
    "queue: search name": () => getVerificationQueue({ actor: admin, filters: { q: "martinez" } }),
    "queue: header count": () => getPendingSummary({ actor: admin }),
    "queue: filter menus": () => getQueueFacets({ actor: admin }),
    "users: no query": () => searchUsers({ actor: admin }),
    "users: e-mail exact": () => searchUsers({ actor: admin, filters: { q: sample.email } }),
    "users: e-mail part": () => searchUsers({ actor: admin, filters: { q: "anna.weber" } }),
    "users: username": () => searchUsers({ actor: admin, filters: { q: sample.username } }),
    "users: last name": () => searchUsers({ actor: admin, filters: { q: "Schneider" } }),
    "users: first + last": () => searchUsers({ actor: admin, filters: { q: "lucia garcia" } }),
    "users: company": () => searchUsers({ actor: admin, filters: { q: "Voltaic" } }),
    "users: serial": () => searchUsers({ actor: admin, filters: { q: "BC 042-Q" } }),
    "users: status + name": () => searchUsers({ actor: admin, filters: { q: "weber", status: "DISABLED" } }),
    "users: no match": () => searchUsers({ actor: admin, filters: { q: "zzqxv" } }),
    "audit: page 1": () => queryAuditLog({ actor: admin }),
    "audit: by target": () => queryAuditLog({ actor: admin, filters: { target: sample.id } }),
    "audit: action prefix": () => queryAuditLog({ actor: admin, filters: { action: "signin." } }),
  };

  async function measure() {
    const out: Record<string, { p50: number; p95: number; max: number; rows?: number }> = {};
    for (const [name, run] of Object.entries(scenarios)) {
      for (let i = 0; i < 3; i++) await run();
      const times: number[] = [];
      let rows: number | undefined;
      for (let i = 0; i < RUNS; i++) {
        const start = performance.now();
        const result = (await run()) as { total?: number };
        times.push(performance.now() - start);
        rows = result?.total ?? rows;
      }
      times.sort((a, b) => a - b);
      const at = (q: number) =>
        Math.round(times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)]! * 10) / 10;
      out[name] = { p50: at(0.5), p95: at(0.95), max: at(1), ...(rows !== undefined && { rows }) };
      console.log(
        `${name.padEnd(24)} p50 ${String(out[name].p50).padStart(7)} ms  p95 ${String(out[name].p95).padStart(7)} ms`,
      );
    }
    return out;
  }

  console.log("\nwithout trigram indexes");
  const without = await measure();
  t = Date.now();
  for (const statement of TRIGRAM_INDEXES) await sql.query(statement);
  await sql.query('ANALYZE "User"');
  const indexMs = Date.now() - t;
  console.log(`\nwith trigram indexes (built in ${indexMs} ms)`);
  const withIndexes = await measure();
  await sql.end();
  await db.$disconnect();

  const root = fileURLToPath(new URL("../..", import.meta.url));
  await mkdir(path.join(root, "bench-results"), { recursive: true });
  const result = {
    measuredAt: new Date().toISOString(),
    machine: { cpus: cpus().length, cpu: cpus()[0]?.model, node: process.version },
    data: Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, Number(v)])),
    runsPerScenario: RUNS,
    unit: "ms per call of the data-layer function (query + Prisma mapping), loopback PostgreSQL 17",
    seedMs,
    withoutTrigramIndexes: without,
    withTrigramIndexes: withIndexes,
    trigramIndexBuildMs: indexMs,
    proposedMigration: TRIGRAM_INDEXES,
  };
  await writeFile(
    path.join(root, "bench-results/staff-queries.json"),
    `${JSON.stringify(result, null, 2)}\n`,
  );
  console.log("\nwritten to bench-results/staff-queries.json");
} catch (e) {
  console.error(e);
  process.exitCode = 1;
} finally {
  await database.stop();
  await rm(dir, { recursive: true, force: true });
}
