// Open-loop load at a fixed arrival rate, the way independent browsers arrive: request i is due at
// start + i / rate whatever happened to the earlier ones, and its latency counts from that due
// time, so a server that falls behind is charged for the queue it builds (no coordinated
// omission). autocannon's overallRate is not that: every connection sends its whole quota for the
// second back to back as the second starts, then waits, so "200 per second" arrives as a burst of
// 200 requests at `connections` in flight followed by silence.
import http from "node:http";
import { percentile, round, type LoadResult } from "./load";

type Next = () => { path: string; headers?: Record<string, string> };
type Judge = (status: number, headers: Record<string, string | string[]>, body: string) => boolean;

export async function pacedLoad({
  url,
  rate,
  seconds,
  next,
  judge,
  maxInFlight = 64,
  timeoutMs = 30_000,
}: {
  url: string;
  rate: number;
  seconds: number;
  next: Next;
  judge: Judge;
  /** Sockets the client may open; requests due beyond that wait (and the wait counts). */
  maxInFlight?: number;
  timeoutMs?: number;
}): Promise<LoadResult> {
  // Sockets are reused in turn (fifo), so none lies idle past the server's keep-alive timeout (5 s)
  // and is closed by it just as a request is sent on it (the default, lifo, leaves most idle).
  const agent = new http.Agent({ keepAlive: true, maxSockets: maxInFlight, scheduling: "fifo" });
  const total = Math.round(rate * seconds);
  const latencies: number[] = [];
  const otherStatuses: Record<string, number> = {};
  const errorCodes: Record<string, number> = {};
  let ok = 0;
  let other = 0;
  let errors = 0;

  const send = (due: number) =>
    new Promise<void>((resolve) => {
      const { path, headers } = next();
      const req = http.get(new URL(path, url), { agent, headers, timeout: timeoutMs }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => {
          latencies.push(performance.now() - due);
          const status = res.statusCode ?? 0;
          if (
            judge(status, res.headers as Record<string, string | string[]>, Buffer.concat(chunks).toString())
          )
            ok++;
          else {
            other++;
            otherStatuses[status] = (otherStatuses[status] ?? 0) + 1;
          }
          resolve();
        });
      });
      req.on("timeout", () => req.destroy(new Error("timeout")));
      req.on("error", (e: NodeJS.ErrnoException) => {
        errors++;
        const code = e.code ?? e.message;
        errorCodes[code] = (errorCodes[code] ?? 0) + 1;
        resolve();
      });
    });

  const started = performance.now();
  const pending: Promise<void>[] = [];
  for (let i = 0; i < total;) {
    const now = performance.now();
    // Everything due by now goes out; then sleep until the next one is due.
    for (; i < total && started + (i * 1000) / rate <= now; i++)
      pending.push(send(started + (i * 1000) / rate));
    if (i < total)
      await new Promise((r) => setTimeout(r, Math.max(0, started + (i * 1000) / rate - performance.now())));
  }
  await Promise.all(pending);
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  return {
    connections: maxInFlight,
    seconds: round(elapsed, 2),
    requests: ok + other,
    ok,
    other,
    otherStatuses,
    errors,
    errorCodes,
    requestsPerSecond: round((ok + other) / elapsed),
    okPerSecond: round(ok / elapsed),
    p50ms: round(percentile(latencies, 0.5)),
    p95ms: round(percentile(latencies, 0.95)),
    p99ms: round(percentile(latencies, 0.99)),
  };
}
