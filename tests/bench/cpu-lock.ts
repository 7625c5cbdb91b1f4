// The shared CPU lock (flock, like the peers' benchmarks): timed phases on this shared machine
// run one at a time, whoever starts them.
import { spawn } from "node:child_process";

const LOCK = process.env.BENCH_LOCK ?? "/tmp/cpu-bench.lock";

/** Holds `flock LOCK` in a child until release() (or until this process dies). */
export async function cpuLock() {
  const holder = spawn("flock", ["-w", "1200", LOCK, "sh", "-c", "echo LOCKED; exec cat >/dev/null"], {
    stdio: ["pipe", "pipe", "inherit"],
  });
  await new Promise<void>((resolve, reject) => {
    holder.stdout!.on("data", (d: Buffer) => d.toString().includes("LOCKED") && resolve());
    holder.once("exit", (code) => reject(new Error(`could not take ${LOCK} (flock exit ${code})`)));
  });
  return () => holder.stdin!.end();
}
