// npm run load: sign-in, the serial check and registration driven over HTTP, the way a browser
// calls them, against one production instance on loopback. Every phase is bounded in time and in
// requests; any answer that is not the expected success makes the run exit non-zero.
//
// Without LOAD_URL it builds (only when a source changed) into .next-bench and starts the
// standalone server on an embedded PostgreSQL with the demo data (LOAD_PORT, database on the next
// port). With LOAD_URL=http://127.0.0.1:<port> it drives an instance already running there:
// LOAD_ORIGIN its APP_BASE_URL (default LOAD_URL), LOAD_DIST_DIR the build it serves (default
// .next; or LOAD_ACTION_ID), LOAD_DATABASE_URL its database (sign-in accounts are created there and
// registrations counted) or else LOAD_SIGNIN=<identifier>:<password> of an active account.
// Knobs: LOAD_SECONDS per phase (10), LOAD_MAX_REQUESTS per phase (5000), LOAD_ONLY (signin,serial,register).
import { randomBytes } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import pg from "pg";
import { BENCH_DIST, startBenchServer, type BenchServer } from "../bench/bench-server";
import { cpuLock } from "../bench/cpu-lock";
import { benchRegistration, benchSerialCheck } from "../bench/http-load";
import { load, type LoadResult } from "../bench/load";
import { csrfPair, seedUsers, signedIn, signInRequests, type BenchUser } from "../bench/sign-in";
import { registerActionId } from "../support/register-http";
import { ensureStandaloneBuild } from "../support/standalone-build";
import { printTable } from "./table";

const SECONDS = Number(process.env.LOAD_SECONDS ?? 10);
const MAX_REQUESTS = Number(process.env.LOAD_MAX_REQUESTS ?? 5000);
const PORT = Number(process.env.LOAD_PORT ?? 4060);
const ONLY = process.env.LOAD_ONLY?.split(",");
const wanted = (phase: string) => !ONLY || ONLY.includes(phase);
const OUT = "bench-results/load.json";

const THROTTLING =
  "each request carries its own client address in X-Forwarded-For (10.x.y.z), which the portal takes " +
  "from its reverse proxy (SECURITY.md), so the per-address budgets do not throttle the load; " +
  "per-account budgets apply as in production (sign-ins only succeed, so they never trip)";

function loopbackOnly(url: string) {
  const host = new URL(url).hostname;
  if (!["127.0.0.1", "localhost", "[::1]"].includes(host))
    throw new Error(`LOAD_URL must be a loopback address, not ${host}`);
  return url.replace(/\/$/, "");
}

type Target = {
  baseUrl: string;
  origin: string;
  databaseUrl?: string;
  actionId: string;
  started?: BenchServer;
};

async function target(): Promise<Target> {
  if (process.env.LOAD_URL) {
    const baseUrl = loopbackOnly(process.env.LOAD_URL);
    return {
      baseUrl,
      origin: process.env.LOAD_ORIGIN ?? baseUrl,
      databaseUrl: process.env.LOAD_DATABASE_URL,
      actionId: process.env.LOAD_ACTION_ID ?? registerActionId(process.env.LOAD_DIST_DIR ?? ".next"),
    };
  }
  const release = await cpuLock();
  try {
    await ensureStandaloneBuild(BENCH_DIST);
  } finally {
    release();
  }
  const started = await startBenchServer({ port: PORT, dbPort: PORT + 1 });
  return { ...started, origin: started.baseUrl, actionId: registerActionId(BENCH_DIST), started };
}

async function signInAccounts(t: Target, run: string): Promise<BenchUser[]> {
  if (process.env.LOAD_SIGNIN) {
    const [identifier, ...rest] = process.env.LOAD_SIGNIN.split(":");
    return [{ email: identifier!, username: identifier!, password: rest.join(":"), hash: "" }];
  }
  if (!t.databaseUrl)
    throw new Error("sign-in needs LOAD_DATABASE_URL or LOAD_SIGNIN=<identifier>:<password>");
  return seedUsers(t.databaseUrl, 20, `load${run}u`);
}

async function signInLoad(t: Target, people: BenchUser[]) {
  const csrf = await csrfPair(t.baseUrl);
  const next = signInRequests(t.baseUrl, people, csrf);
  return load({
    url: t.baseUrl,
    connections: 4,
    seconds: SECONDS,
    maxRequests: MAX_REQUESTS,
    next,
    judge: signedIn,
  });
}

/** How many accounts the registration phase left in the database (each accepted one must be there). */
async function persistedRegistrations(databaseUrl: string, prefix: string) {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 1 });
  try {
    const { rows } = await pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "User" WHERE email LIKE $1`,
      [`${prefix}-%`],
    );
    return rows[0]!.n;
  } finally {
    await pool.end();
  }
}

async function main() {
  const run = randomBytes(3).toString("hex");
  const t = await target();
  // A last resort: whatever happens, the run ends and stops what it started.
  const watchdog = setTimeout(
    () => {
      console.error("load: out of time, stopping");
      void (t.started?.stop() ?? Promise.resolve()).finally(() => process.exit(2));
    },
    (3 * (SECONDS + 60) + 120) * 1000,
  );
  const phases: Record<string, LoadResult & { endpoint: string; inFlight: string }> = {};
  const report: Record<string, unknown> = {
    when: new Date().toISOString(),
    machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model.trim(), node: process.version },
    target: t.baseUrl,
    startedHere: !!t.started,
    secondsPerPhase: SECONDS,
    maxRequestsPerPhase: MAX_REQUESTS,
    throttling: THROTTLING,
    phases,
  };
  const problems: string[] = [];
  try {
    const people = wanted("signin") ? await signInAccounts(t, run) : [];
    const release = await cpuLock();
    try {
      if (wanted("signin"))
        phases.signIn = {
          endpoint: "POST /api/auth/callback/credentials",
          inFlight: "4",
          ...(await signInLoad(t, people)),
        };
      if (wanted("serial"))
        phases.serialCheck = {
          endpoint: "GET /api/serials/:serial",
          inFlight: "200/s",
          ...(await benchSerialCheck(t, { seconds: SECONDS, rate: 200, maxRequests: MAX_REQUESTS })),
        };
      if (wanted("register"))
        phases.registration = {
          endpoint: "POST /en/register (server action)",
          inFlight: "8",
          ...(await benchRegistration(t, {
            seconds: SECONDS,
            connections: 8,
            actionId: t.actionId,
            origin: t.origin,
            prefix: `load-${run}`,
            maxRequests: MAX_REQUESTS,
          })),
        };
    } finally {
      release();
    }
    for (const [name, p] of Object.entries(phases)) {
      if (p.ok === 0) problems.push(`${name}: no successful answer`);
      if (p.other) problems.push(`${name}: ${p.other} unexpected answers ${JSON.stringify(p.otherStatuses)}`);
      if (p.errors) problems.push(`${name}: ${p.errors} requests without an answer`);
    }
    if (phases.registration && t.databaseUrl) {
      // Every accepted registration must be stored. Up to one per connection more may be: those
      // in flight when the time ran out, whose answers the load tool no longer waited for.
      const { ok, connections } = phases.registration;
      const persisted = await persistedRegistrations(t.databaseUrl, `load-${run}`);
      report.registrationsPersisted = persisted;
      if (persisted < ok || persisted > ok + connections)
        problems.push(`registration: ${ok} accepted but ${persisted} accounts stored`);
    }
  } finally {
    clearTimeout(watchdog);
    await t.started?.stop();
  }
  report.problems = problems;
  mkdirSync("bench-results", { recursive: true });
  writeFileSync(OUT, JSON.stringify(report, null, 2) + "\n");
  printTable(report as Parameters<typeof printTable>[0]);
  console.log(`\n${OUT} written`);
  if (problems.length) {
    console.error(`\nFAILED:\n  ${problems.join("\n  ")}`);
    process.exitCode = 1;
  }
}

await main();
