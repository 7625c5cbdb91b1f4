// npm run bench: the portal measured against its budgets and its peers, on this machine, in one run.
// Builds the standalone server (into .next-bench), starts it on an embedded PostgreSQL on loopback,
// takes the shared CPU lock (flock, like the peers' benchmarks) for every timed phase, and writes
// bench-results/report.json and report.md. Knobs: BENCH_SKIP_BUILD=1, BENCH_DURATION_S (15),
// BENCH_LIGHTHOUSE_RUNS (5), BENCH_PORT (4050), BENCH_ONLY (comma list of sections).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import { fileURLToPath } from "node:url";
import { BENCH_DIST, buildForBench, startBenchServer } from "./bench-server";
import { benchSignIn } from "./sign-in";
import { buildFloorApp, startReferences } from "./framework-floor";
import { benchRequestCost } from "./request-cost";
import { benchRegistration, benchSerialCheck } from "./http-load";
import { measurePageWeight } from "./page-weight";
import { lighthouseMedians } from "./lighthouse";
import { markdownReport } from "./report";
import { observatoryGrades } from "./observatory";
import { cpuLock } from "./cpu-lock";

const SECONDS = Number(process.env.BENCH_DURATION_S ?? 15);
const PORT = Number(process.env.BENCH_PORT ?? 4050);
const ONLY = process.env.BENCH_ONLY?.split(",");
const wanted = (section: string) => !ONLY || ONLY.includes(section);

type PeerResults = {
  when: string;
  bareArgon2Verify: { concurrency: number; perSecond: number; cpuMsPerOp?: number }[];
  signIn: {
    concurrency: number;
    password: string;
    expectedPerSecond: number;
    p95ms: number;
    ratioSameConc: number;
    nonHashCpuMsPerRequest?: number;
    cpuMsPerRequest: { server: number; postgres: number; serverMainThread?: number };
  }[];
};

/** A peer's latest results.json (run it right before the bench: same machine, same session). */
function peer(name: string) {
  // shared/ sits beside the repository.
  const file = fileURLToPath(new URL(`../../../shared/peers/${name}/results.json`, import.meta.url));
  if (!existsSync(file)) return null;
  const r = JSON.parse(readFileSync(file, "utf8")) as PeerResults;
  const bare = new Map(r.bareArgon2Verify.map((b) => [b.concurrency, b]));
  return {
    when: r.when,
    levels: r.signIn
      .filter((s) => s.password === "correct")
      .map((s) => ({
        concurrency: s.concurrency,
        okPerSecond: s.expectedPerSecond,
        p95ms: s.p95ms,
        ratio: s.ratioSameConc,
        mainThreadMs: s.cpuMsPerRequest.serverMainThread,
        // Same definition as ours when the peer does not report it: server + pg CPU minus a bare verify.
        nonHashCpuMs:
          s.nonHashCpuMsPerRequest ??
          Math.round(
            (s.cpuMsPerRequest.server +
              s.cpuMsPerRequest.postgres -
              (bare.get(s.concurrency)?.cpuMsPerOp ?? NaN)) *
              100,
          ) / 100,
      })),
  };
}

async function main() {
  if (!(process.env.BENCH_SKIP_BUILD && existsSync(`${BENCH_DIST}/BUILD_ID`))) {
    console.log("building into .next-bench …");
    const release = await cpuLock();
    try {
      await buildForBench();
      await buildFloorApp();
    } finally {
      release();
    }
  }
  // BENCH_ONLY re-measures some sections and keeps the others of the last report.
  const earlier =
    ONLY && existsSync("bench-results/report.json")
      ? (JSON.parse(readFileSync("bench-results/report.json", "utf8")) as Record<string, unknown>)
      : {};
  const report: Record<string, unknown> = {
    ...earlier,
    when: new Date().toISOString(),
    machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model.trim(), node: process.version },
    durationSeconds: SECONDS,
    peers: { authjs: peer("authjs-next"), betterAuth: peer("better-auth") },
  };
  // Written after every section, so an interrupted run still leaves what it measured.
  const save = () => {
    mkdirSync("bench-results", { recursive: true });
    writeFileSync("bench-results/report.json", JSON.stringify(report, null, 2) + "\n");
    writeFileSync("bench-results/report.md", markdownReport(report));
  };
  const server = await startBenchServer({ port: PORT, dbPort: PORT + 10 });
  try {
    const release = await cpuLock();
    try {
      if (wanted("signin")) {
        const floorApp = await startReferences({
          port: PORT + 30,
          databaseUrl: server.databaseUrl,
          pgPid: await server.postmasterPid(),
        });
        try {
          const { references, ...signIn } = await benchSignIn(server, {
            seconds: SECONDS,
            references: floorApp.references,
          });
          report.signIn = { ...signIn, floor: references.floor, minimalAuthjs: references.minimalAuthjs };
        } finally {
          await floorApp.stop();
        }
      }
      save();
      if (wanted("cost")) report.requestCost = await benchRequestCost(server);
      save();
      if (wanted("serial")) report.serialCheck = await benchSerialCheck(server, { seconds: SECONDS });
      save();
      if (wanted("register")) report.registration = await benchRegistration(server, { seconds: SECONDS });
      save();
      if (wanted("weight"))
        report.pageWeight = await measurePageWeight(server.baseUrl, [
          "/en",
          "/en/help",
          "/en/login",
          "/en/register",
        ]);
      save();
      if (wanted("lighthouse")) {
        const pages: unknown[] = (report.lighthouse = []);
        for (const page of ["/en", "/en/login", "/en/register", "/en/help"]) {
          const runs = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 5);
          pages.push(...(await lighthouseMedians(server.baseUrl, [page], runs)));
          save();
        }
      }
    } finally {
      release();
    }
  } finally {
    await server.stop();
  }
  if (wanted("observatory"))
    report.observatory = await observatoryGrades({ port: PORT + 20, paths: ["/en/login", "/en/register"] });
  save();
  console.log(readFileSync("bench-results/report.md", "utf8"));
}

await main();
