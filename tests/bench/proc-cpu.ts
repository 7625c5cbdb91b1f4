// CPU seconds of processes from /proc (Linux), for "CPU per request" figures: the app server's
// process tree and PostgreSQL's postmaster with all its backends, sampled so that backends which
// come and go during a phase are still counted.
import { execSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";

const CLK_TCK = Number(execSync("getconf CLK_TCK").toString().trim()) || 100;

function stat(pid: number) {
  try {
    const s = readFileSync(`/proc/${pid}/stat`, "utf8");
    const f = s.slice(s.lastIndexOf(")") + 2).split(" ");
    return { ppid: Number(f[1]), cpu: (Number(f[11]) + Number(f[12])) / CLK_TCK };
  } catch {
    return null;
  }
}

/** A pid and all its descendants. */
export function processTree(root: number): number[] {
  const out: number[] = [];
  const stack = [root];
  while (stack.length && out.length < 512) {
    const pid = stack.pop()!;
    if (!stat(pid)) continue;
    out.push(pid);
    try {
      for (const t of readdirSync(`/proc/${pid}/task`)) {
        const kids = readFileSync(`/proc/${pid}/task/${t}/children`, "utf8").trim().split(/\s+/);
        stack.push(...kids.filter(Boolean).map(Number));
      }
    } catch {
      // the process ended meanwhile
    }
  }
  return out;
}

/** Starts measuring the CPU of the trees under `roots`; the returned function stops and answers seconds. */
export function cpuMeter(roots: () => number[]) {
  const read = () =>
    new Map(
      roots()
        .flatMap(processTree)
        .map((p) => [p, stat(p)?.cpu ?? 0]),
    );
  const start = read();
  const last = new Map(start);
  const sample = () => {
    for (const [pid, cpu] of read()) last.set(pid, cpu);
  };
  const timer = setInterval(sample, 500);
  return () => {
    clearInterval(timer);
    sample();
    let total = 0;
    for (const [pid, cpu] of last) total += cpu - (start.get(pid) ?? 0);
    return total;
  };
}

/** Whole-machine busy share during an interval (load from outside the run shows here). */
/**
 * Starts measuring one process's main thread alone (its JavaScript; argon2 and WebCrypto run on
 * libuv's pool threads); the returned function stops and answers seconds.
 */
export function mainThreadMeter(pid: number) {
  const read = () => {
    const s = readFileSync(`/proc/${pid}/task/${pid}/stat`, "utf8");
    const f = s.slice(s.lastIndexOf(")") + 2).split(" ");
    return (Number(f[11]) + Number(f[12])) / CLK_TCK;
  };
  const start = read();
  return () => read() - start;
}

export function machineMeter() {
  const read = () => {
    const f = readFileSync("/proc/stat", "utf8").split("\n")[0]!.trim().split(/\s+/).slice(1).map(Number);
    return { total: f.slice(0, 8).reduce((a, b) => a + b, 0), idle: f[3]! + f[4]! };
  };
  const a = read();
  return () => {
    const b = read();
    const total = b.total - a.total || 1;
    return Math.round((1000 * (total - (b.idle - a.idle))) / total) / 10;
  };
}
