// bench-results/report.md from the JSON report: every figure beside its goal or its reference.
type Level = {
  connections?: number;
  concurrency?: number;
  okPerSecond: number;
  p95ms: number;
  ratio: number;
  nonHashCpuMs: number;
  /** CPU ms per sign-in of the server's main (JavaScript) thread, where measured. */
  mainThreadMs?: number;
};
type Reference = (Level & { connections: number; bareVerifiesPerSecond: number; mainThreadMs: number })[];
type Report = Record<string, unknown> & {
  signIn?: {
    levels: (Level & {
      connections: number;
      bareVerifiesPerSecond: number;
      other: number;
      errors?: number;
      cpuMsPerSignIn: { server: number; postgres: number; serverMainThread?: number };
    })[];
    /** tests/bench/framework-floor.ts: a Next.js route handler that only verifies, same run. */
    floor?: Reference;
    /** tests/bench/floor-app/auth.js: Auth.js Credentials with one query, same run. */
    minimalAuthjs?: Reference;
  };
  requestCost?: {
    endpoints: { endpoint: string; requests: number; serverMs: number; postgresMs: number; wallMs: number }[];
    bareVerifyCpuMs: number;
  };
  serialCheck?: {
    rate: number;
    p95ms: number;
    p50ms: number;
    ok: number;
    other: number;
    errors?: number;
    errorCodes?: Record<string, number>;
  };
  registration?: {
    connections: number;
    okPerSecond: number;
    p50ms: number;
    p95ms: number;
    other: number;
    errors?: number;
  };
  pageWeight?: { path: string; jsKb: number }[];
  lighthouse?: {
    path: string;
    performance: number;
    accessibility: number;
    bestPractices: number;
    lcpMs: number;
  }[];
  peers?: Record<string, { when: string; levels: Level[] } | null>;
  observatory?: { path: string; grade: string; score: number; notPassed: string[]; bonuses: string[] }[];
};

const RATIO_GOAL: Record<number, number> = { 4: 0.78, 8: 0.81 };
const JS_BUDGET_KB: Record<string, number> = {
  "/en": 145,
  "/en/help": 145,
  "/en/login": 150,
  "/en/register": 165,
};
const mark = (ok: boolean) => (ok ? "✅" : "❌");
/** Requests that got no answer at all (connection errors, time-outs), when there were any. */
const errors = (r: { errors?: number; errorCodes?: Record<string, number> }) =>
  r.errors
    ? `, ${r.errors} without an answer${
        r.errorCodes && Object.keys(r.errorCodes).length
          ? ` (${Object.entries(r.errorCodes)
              .map(([c, n]) => `${c} ${n}`)
              .join(", ")})`
          : ""
      }`
    : "";

export function markdownReport(r: Report) {
  const out: string[] = [
    `# Benchmark report`,
    ``,
    `${r.when} · ${JSON.stringify(r.machine)} · ${r.durationSeconds} s per phase`,
    ``,
  ];
  if (r.signIn) {
    // Measured in this run beside their own bare verifies (tests/bench/framework-floor.ts).
    const references = (
      [
        ["minimal Auth.js (same run)", r.signIn.minimalAuthjs],
        ["Next.js floor", r.signIn.floor],
      ] as [string, Reference | undefined][]
    ).filter((x): x is [string, Reference] => !!x[1]);
    const peers = Object.entries(r.peers ?? {}).filter(([, p]) => p) as [
      string,
      { when: string; levels: Level[] },
    ][];
    out.push(
      `## Sign-in (POST /api/auth/callback/credentials) vs bare argon2id verify, same run`,
      ``,
      `Bare verifies/s: the mean of the rate measured right before and right after each level; the portal and the two same-run references are measured in between, one after the other, and held against it.`,
      ``,
      `| in flight | sign-ins/s | bare verifies/s | ratio | goal | p95 ms | non-hash CPU ms (server+pg) | other answers | ${[...peers, ...references].map(([n]) => `${n} ratio`).join(" | ")} |`,
      `|---|---|---|---|---|---|---|---|${[...peers, ...references].map(() => "---|").join("")}`,
    );
    for (const l of r.signIn.levels) {
      const goal = RATIO_GOAL[l.connections];
      const peerCells = peers.map(
        ([, p]) => p.levels.find((x) => x.concurrency === l.connections)?.ratio ?? "–",
      );
      out.push(
        `| ${l.connections} | ${l.okPerSecond} | ${l.bareVerifiesPerSecond} | ${l.ratio} | ${goal ? `≥ ${goal} ${mark(l.ratio >= goal)}` : ""} | ${l.p95ms} | ${l.nonHashCpuMs} (${l.cpuMsPerSignIn.server}+${l.cpuMsPerSignIn.postgres} incl. hash) | ${l.other}${errors(l)} | ${[...peerCells, ...references.map(([, ref]) => ref.find((f) => f.connections === l.connections)?.ratio ?? "–")].join(" | ")} |`,
      );
    }
    for (const [name, p] of peers) {
      const main = p.levels.some((l) => l.mainThreadMs !== undefined)
        ? `; main thread CPU ms ${p.levels.map((l) => `${l.concurrency}: ${l.mainThreadMs ?? "–"}`).join(", ")}`
        : "";
      out.push(
        ``,
        `${name} results from ${p.when}: non-hash CPU ms ${p.levels.map((l) => `${l.concurrency}: ${l.nonHashCpuMs}`).join(", ")}${main}`,
      );
    }
    const described: Record<string, string> = {
      "minimal Auth.js (same run)":
        "tests/bench/floor-app/auth.js: Auth.js Credentials finding the account with one query, JWT session, no throttling, audit, session rows or dummy hash",
      "Next.js floor":
        "tests/bench/framework-floor.ts: a route handler that only reads the form and verifies, no database, Auth.js, throttling, audit or session",
    };
    for (const [name, ref] of references)
      out.push(
        ``,
        `${name} (${described[name]}): ${ref.map((f) => `${f.connections}: ${f.okPerSecond}/s`).join(", ")}; non-hash CPU ms ${ref.map((f) => `${f.connections}: ${f.nonHashCpuMs}`).join(", ")}; main thread CPU ms ${ref.map((f) => `${f.connections}: ${f.mainThreadMs}`).join(", ")}`,
      );
    if (r.signIn.levels.some((l) => l.cpuMsPerSignIn.serverMainThread !== undefined))
      out.push(
        ``,
        `portal: main thread CPU ms per sign-in ${r.signIn.levels.map((l) => `${l.connections}: ${l.cpuMsPerSignIn.serverMainThread ?? "–"}`).join(", ")} (the rest of the server's CPU is argon2 and WebCrypto on libuv's pool, and V8's helper threads)`,
      );
    out.push(``);
  }
  if (r.requestCost) {
    const c = r.requestCost;
    out.push(
      `## CPU per request, one at a time (server + PostgreSQL, from /proc)`,
      ``,
      `| endpoint | server ms | PostgreSQL ms | wall ms |`,
      `|---|---|---|---|`,
      ...c.endpoints.map((e) => `| ${e.endpoint} | ${e.serverMs} | ${e.postgresMs} | ${e.wallMs} |`),
      ``,
      `A bare argon2id verify costs ${c.bareVerifyCpuMs} ms CPU in the same run; the liveness check is what any request costs through Next.js and proxy.ts.`,
      ``,
    );
  }
  if (r.serialCheck) {
    const s = r.serialCheck;
    out.push(
      `## Serial check at ${s.rate} req/s (open loop: arrivals evenly spaced, latency from each request's due time)`,
      ``,
      `p50 ${s.p50ms} ms, p95 ${s.p95ms} ms (goal < 20 ms ${mark(s.p95ms < 20)}), ${s.ok} answered 200, ${s.other} other${errors(s)}`,
      ``,
    );
  }
  if (r.registration) {
    const g = r.registration;
    out.push(
      `## Registration (server action) at ${g.connections} in flight`,
      ``,
      `${g.okPerSecond}/s, p50 ${g.p50ms} ms, p95 ${g.p95ms} ms (every answer is held to ≥ 500 ms so timing does not reveal taken addresses), ${g.other} other${errors(g)}`,
      ``,
    );
  }
  if (r.pageWeight) {
    out.push(
      `## JavaScript per page (gzip, as transferred, Chromium)`,
      ``,
      `| page | kB | budget |`,
      `|---|---|---|`,
    );
    for (const p of r.pageWeight) {
      const b = JS_BUDGET_KB[p.path];
      out.push(`| ${p.path} | ${p.jsKb} | ${b ? `≤ ${b} ${mark(p.jsKb <= b)}` : ""} |`);
    }
    out.push(``, `Framework floor (peers/page-weight): ~137.5 kB.`, ``);
  }
  if (r.lighthouse) {
    out.push(
      `## Lighthouse (mobile, median of runs)`,
      ``,
      `| page | performance | accessibility | best practices | LCP ms |`,
      `|---|---|---|---|---|`,
    );
    for (const l of r.lighthouse)
      out.push(
        `| ${l.path} | ${l.performance} ${mark(l.performance >= 95)} | ${l.accessibility} ${mark(l.accessibility === 100)} | ${l.bestPractices} ${mark(l.bestPractices >= 95)} | ${l.lcpMs} |`,
      );
    out.push(``);
  }
  if (r.observatory) {
    out.push(
      `## MDN HTTP Observatory (behind a local TLS proxy, APP_BASE_URL https)`,
      ``,
      `| page | grade | score | deductions | bonuses |`,
      `|---|---|---|---|---|`,
    );
    for (const o of r.observatory)
      out.push(
        `| ${o.path} | ${o.grade} ${mark(o.grade === "A+")} | ${o.score} | ${o.notPassed.join("; ") || "none"} | ${o.bonuses.join("; ")} |`,
      );
    out.push(``);
  }
  return out.join("\n") + "\n";
}
