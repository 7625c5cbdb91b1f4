// The system under test: the standalone production build on an embedded PostgreSQL with the
// migrations and demo data, on loopback. Everything started here is stopped by stop().
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm, chmod, readFile } from "node:fs/promises";
import { openSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startEmbeddedDatabase } from "../../scripts/embedded-db";
import { migrateDeploy, run } from "../../scripts/run";
import { completeStandalone, standalonePaths } from "../../scripts/standalone";
import { seed } from "../../prisma/seed";
import { TEST_ENV } from "../support/test-env";

export const BENCH_DIST = ".next-bench";

export type BenchServer = {
  baseUrl: string;
  databaseUrl: string;
  serverPid: number;
  postmasterPid: () => Promise<number>;
  stop: () => Promise<void>;
};

export async function buildForBench() {
  await run("npx", ["next", "build"], { ...process.env, NEXT_DIST_DIR: BENCH_DIST }, true);
  return completeStandalone(BENCH_DIST);
}

export async function startBenchServer({
  port,
  dbPort,
  baseUrl: publicUrl,
}: {
  port: number;
  dbPort: number;
  /** APP_BASE_URL when the server sits behind a proxy (default: its own loopback address). */
  baseUrl?: string;
}): Promise<BenchServer> {
  const dir = await mkdtemp(path.join(tmpdir(), "portal-bench-"));
  await chmod(dir, 0o755);
  const db = await startEmbeddedDatabase({ dir: path.join(dir, "pg"), port: dbPort, persistent: false });
  await migrateDeploy(db.url);
  await seed(db.url);
  const baseUrl = `http://127.0.0.1:${port}`;
  const { server, dir: cwd } = standalonePaths(BENCH_DIST);
  const logFd = openSync(path.join(dir, "server.log"), "a");
  // BENCH_SERVER_PROFILE=<dir>: a V8 CPU profile of the server (for finding where time goes, not for timing).
  // BENCH_SERVER_PERF=1: JIT symbols for `perf record -t <pid>`, which samples only while a thread is on
  // a core; V8's profiler also counts a thread that waits for one.
  const profile = process.env.BENCH_SERVER_PROFILE;
  const nodeArgs = profile
    ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(profile)}`]
    : process.env.BENCH_SERVER_PERF === "1"
      ? ["--perf-basic-prof-only-functions", "--interpreted-frames-native-stack"]
      : [];
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, server], {
    cwd,
    stdio: ["ignore", logFd, logFd],
    env: {
      PATH: process.env.PATH,
      NODE_ENV: "production",
      ...TEST_ENV,
      APP_BASE_URL: publicUrl ?? baseUrl,
      DATABASE_URL: db.url,
      PORT: String(port),
      HOSTNAME: "127.0.0.1",
      LOG_FORMAT: "json",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  });
  for (let i = 0; i < 200; i++) {
    const ok = await fetch(`${baseUrl}/api/health/live`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}); log in ${dir}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    baseUrl,
    databaseUrl: db.url,
    serverPid: child.pid!,
    postmasterPid: async () =>
      Number((await readFile(path.join(dir, "pg", "postmaster.pid"), "utf8")).split("\n")[0]),
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once("exit", r));
        child.kill("SIGTERM");
        const t = setTimeout(() => child.kill("SIGKILL"), 10_000);
        await exited;
        clearTimeout(t);
      }
      await db.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
