// Shared measurement helpers: autocannon on loopback (bounded in time and count), latency
// percentiles, bare argon2id verifies in this process.
import autocannon from "autocannon";
import { verify } from "@node-rs/argon2";

export const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;

export function percentile(values: number[], q: number) {
  const s = [...values].sort((a, b) => a - b);
  if (!s.length) return NaN;
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))]!;
}

export type Outcome = "ok" | "other";
type Request = autocannon.Request & {
  onResponse?: (status: number, body: string, context: unknown, headers: Record<string, string>) => void;
};

export type LoadResult = {
  connections: number;
  seconds: number;
  /** Answers received (ok + other). */
  requests: number;
  ok: number;
  /** Answers that were not the expected success, by status. */
  other: number;
  otherStatuses: Record<string, number>;
  /** Connection errors and time-outs (no answer at all). */
  errors: number;
  /** The errors by code (ECONNRESET, timeout, ...), where the load generator records them. */
  errorCodes?: Record<string, number>;
  requestsPerSecond: number;
  okPerSecond: number;
  p50ms: number;
  p95ms: number;
  p99ms: number;
};

/**
 * Runs `connections` requests in flight (or a fixed `rate` per second) for `seconds`. `next()` builds
 * each request; `judge()` says whether its answer is the expected success.
 */
export function load({
  url,
  connections,
  seconds,
  rate,
  next,
  judge,
  maxRequests = 50_000,
}: {
  url: string;
  connections: number;
  seconds: number;
  rate?: number;
  next: () => { method?: "GET" | "POST"; path: string; headers?: Record<string, string>; body?: string };
  judge: (status: number, headers: Record<string, string | string[]>, body: string) => boolean;
  maxRequests?: number;
}): Promise<LoadResult> {
  const latencies: number[] = [];
  let ok = 0;
  let other = 0;
  const otherStatuses: Record<string, number> = {};
  const request: Request = {
    setupRequest: (req) => ({ ...req, ...next() }),
    onResponse: (status, body, _ctx, headers) => {
      if (judge(status, headers as Record<string, string | string[]>, body)) ok++;
      else {
        other++;
        otherStatuses[status] = (otherStatuses[status] ?? 0) + 1;
      }
    },
  };
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections,
        pipelining: 1,
        duration: seconds,
        maxOverallRequests: maxRequests,
        timeout: 30,
        ...(rate ? { overallRate: rate } : {}),
        requests: [request],
      },
      (err, result) => {
        clearTimeout(guard);
        if (err) return reject(err);
        resolve({
          connections,
          seconds: result.duration,
          requests: ok + other,
          ok,
          other,
          otherStatuses,
          errors: result.errors, // time-outs included
          requestsPerSecond: round((ok + other) / result.duration),
          okPerSecond: round(ok / result.duration),
          p50ms: round(percentile(latencies, 0.5)),
          p95ms: round(percentile(latencies, 0.95)),
          p99ms: round(percentile(latencies, 0.99)),
        });
      },
    );
    instance.on("response", (_client, _status, _bytes, ms) => latencies.push(ms));
    const guard = setTimeout(() => instance.stop(), (seconds + 30) * 1000);
  });
}

/** Bare argon2id verifies per second at `concurrency` in this process, and CPU ms per verify. */
export async function bareArgon2(concurrency: number, seconds: number, hash: string, password: string) {
  const cpu0 = process.cpuUsage();
  const start = performance.now();
  const end = start + seconds * 1000;
  let done = 0;
  const latencies: number[] = [];
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < end) {
        const t = performance.now();
        if (!(await verify(hash, password))) throw new Error("bare verify failed");
        latencies.push(performance.now() - t);
        done++;
      }
    }),
  );
  const elapsed = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpu0);
  return {
    concurrency,
    perSecond: round(done / elapsed),
    p95ms: round(percentile(latencies, 0.95)),
    cpuMsPerVerify: round((cpu.user + cpu.system) / 1000 / done, 2),
  };
}

let ipCounter = 0;
/** A client address per request (X-Forwarded-For), so per-address budgets never throttle the bench. */
export function nextIp() {
  ipCounter++;
  return `10.${(ipCounter >> 16) & 255}.${(ipCounter >> 8) & 255}.${ipCounter & 255}`;
}
