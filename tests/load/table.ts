// The load run's summary on the console: one line per endpoint.
import type { LoadResult } from "../bench/load";

type Phase = LoadResult & { endpoint: string; inFlight: string };
type Report = {
  target: string;
  startedHere: boolean;
  secondsPerPhase: number;
  throttling: string;
  phases: Record<string, Phase>;
  registrationsPersisted?: number;
};

const COLUMNS: [string, (p: Phase) => string | number][] = [
  ["endpoint", (p) => p.endpoint],
  ["in flight", (p) => p.inFlight],
  ["requests", (p) => p.requests],
  ["ok", (p) => p.ok],
  ["other", (p) => p.other],
  ["errors", (p) => p.errors],
  ["req/s", (p) => p.requestsPerSecond],
  ["p50 ms", (p) => p.p50ms],
  ["p95 ms", (p) => p.p95ms],
  ["p99 ms", (p) => p.p99ms],
];

export function printTable(r: Report) {
  const rows = Object.values(r.phases).map((p) => COLUMNS.map(([, cell]) => String(cell(p))));
  const header = COLUMNS.map(([name]) => name);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  console.log(
    `\nload on ${r.target} (${r.startedHere ? "standalone build started here" : "running instance"}), ` +
      `${r.secondsPerPhase} s per phase`,
  );
  console.log(`client addresses: ${r.throttling}\n`);
  console.log(line(header));
  for (const row of rows) console.log(line(row));
  if (r.registrationsPersisted !== undefined)
    console.log(
      `\naccounts stored by the registration phase: ${r.registrationsPersisted} ` +
        `(every accepted one, plus those still in flight when the phase's time ran out)`,
    );
}
