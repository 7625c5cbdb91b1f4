// Starts real app instances for the ops tests: `node <distDir>/standalone/server.js`, the process
// the container runs, each on its own port (3600–3699) against a shared test database, with its
// log lines captured. Several instances of one build make the multi-instance tests.
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { STANDALONE_DIR, STANDALONE_SERVER } from "./standalone-build";
import { TEST_ENV } from "./test-env";

const PORT_MIN = Number(process.env.OPS_PORT ?? 3600);
const PORT_MAX = PORT_MIN + 99;
let nextPort = PORT_MIN;

function portIsFree(port: number) {
  return new Promise<boolean>((resolve) => {
    const probe = createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });
}

async function appPort() {
  for (let tries = 0; tries <= PORT_MAX - PORT_MIN; tries++) {
    const port = nextPort;
    nextPort = nextPort >= PORT_MAX ? PORT_MIN : nextPort + 1;
    if (await portIsFree(port)) return port;
  }
  throw new Error(`no free port in ${PORT_MIN}–${PORT_MAX}`);
}

export type LogEntry = Record<string, unknown> & { level?: string; msg?: string };

/** Everything an instance wrote, line by line. */
export class LogCapture {
  readonly lines: string[] = [];
  private waiters = new Set<() => void>();

  push(chunk: string) {
    this.lines.push(...chunk.split("\n").filter((l) => l.trim() !== ""));
    for (const wake of this.waiters) wake();
  }

  get text() {
    return this.lines.join("\n");
  }

  /** The lines that are JSON log entries, parsed. */
  entries(): LogEntry[] {
    return this.lines.flatMap((line) => {
      if (!line.startsWith("{")) return [];
      try {
        return [JSON.parse(line) as LogEntry];
      } catch {
        return [];
      }
    });
  }

  /** Resolves with the first entry matching, waiting for it up to `timeoutMs`. */
  waitFor(match: (e: LogEntry) => boolean, timeoutMs = 20_000) {
    return new Promise<LogEntry>((resolve, reject) => {
      const check = () => {
        const found = this.entries().find(match);
        if (!found) return;
        clearTimeout(timer);
        this.waiters.delete(check);
        resolve(found);
      };
      const timer = setTimeout(() => {
        this.waiters.delete(check);
        reject(new Error(`no matching log entry within ${timeoutMs} ms:\n${this.text.slice(-3000)}`));
      }, timeoutMs);
      this.waiters.add(check);
      check();
    });
  }
}

export type AppInstance = {
  name: string;
  port: number;
  url: string;
  logs: LogCapture;
  process: ChildProcess;
  /** Exit code (null when killed by a signal). */
  exited: Promise<number | null>;
  /** Sends a signal (SIGTERM by default) and resolves with the exit code. */
  stop: (signal?: NodeJS.Signals) => Promise<number | null>;
  fetch: (path: string, init?: RequestInit) => Promise<Response>;
  /** Moves this instance's clock (APP_ENV=test). */
  setClock: (offsetMs: number) => Promise<void>;
};

type StartOptions = {
  name: string;
  databaseUrl: string;
  env?: Record<string, string>;
  /** Wait until /api/health/live answers (default true). */
  waitUntilUp?: boolean;
};

export async function startApp({ name, databaseUrl, env = {}, waitUntilUp = true }: StartOptions) {
  const port = await appPort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [STANDALONE_SERVER], {
    cwd: STANDALONE_DIR,
    env: {
      PATH: process.env.PATH,
      NODE_ENV: "production",
      ...TEST_ENV,
      APP_BASE_URL: url,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOSTNAME: "127.0.0.1",
      LOG_FORMAT: "json",
      NEXT_TELEMETRY_DISABLED: "1",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const logs = new LogCapture();
  // OPS_SHOW_LOGS=1 echoes every instance's output, prefixed with its name.
  const show = (c: string) =>
    process.env.OPS_SHOW_LOGS && process.stdout.write(c.replace(/^(?=.)/gm, `[${name}] `));
  for (const stream of [child.stdout!, child.stderr!]) {
    stream.setEncoding("utf8").on("data", (c: string) => {
      logs.push(c);
      show(c);
    });
  }
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  running.add(child);
  void exited.then(() => running.delete(child));

  const instance: AppInstance = {
    name,
    port,
    url,
    logs,
    process: child,
    exited,
    stop: (signal = "SIGTERM") => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
    fetch: (path, init) => fetch(`${url}${path}`, init),
    setClock: async (offsetMs) => {
      const res = await fetch(`${url}/api/test/clock`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ offsetMs }),
      });
      if (!res.ok) throw new Error(`${name}: clock answered ${res.status}`);
    },
  };
  if (waitUntilUp) await waitUntilLive(instance);
  return instance;
}

async function waitUntilLive(instance: AppInstance, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  let exitCode: number | null | undefined;
  void instance.exited.then((code) => (exitCode = code));
  while (Date.now() < deadline) {
    if (exitCode !== undefined) {
      throw new Error(
        `${instance.name} exited (${exitCode}) while starting:\n${instance.logs.text.slice(-3000)}`,
      );
    }
    try {
      if ((await instance.fetch("/api/health/live")).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${instance.name} did not come up:\n${instance.logs.text.slice(-3000)}`);
}

// Whatever a failed test leaves running is killed when the test process ends.
const running = new Set<ChildProcess>();
process.once("exit", () => {
  for (const child of running) child.kill("SIGKILL");
});

/** Stops instances (SIGTERM) and waits for them. */
export async function stopAll(instances: (AppInstance | undefined)[]) {
  await Promise.all(instances.map((i) => i?.stop()));
}

export type Cluster = {
  instances: AppInstance[];
  /** Moves the clock of every instance (APP_ENV=test). */
  setClock: (offsetMs: number) => Promise<void>;
  stop: () => Promise<void>;
};

/**
 * N identical instances of the build on one database, as behind a load balancer. Per-instance
 * settings go in `envOf(i)` (e.g. a different RESEND_API_KEY to tell their deliveries apart).
 */
export async function startCluster({
  count,
  databaseUrl,
  env = {},
  envOf = () => ({}),
}: {
  count: number;
  databaseUrl: string;
  env?: Record<string, string>;
  envOf?: (index: number) => Record<string, string>;
}): Promise<Cluster> {
  const names = "ABCDEFGH";
  const instances: AppInstance[] = [];
  try {
    // One after the other: two cold starts at once only slow each other down on small machines.
    for (let i = 0; i < count; i++) {
      instances.push(
        await startApp({ name: names[i] ?? `I${i}`, databaseUrl, env: { ...env, ...envOf(i) } }),
      );
    }
  } catch (e) {
    await stopAll(instances);
    throw e;
  }
  return {
    instances,
    setClock: async (offsetMs) => {
      await Promise.all(instances.map((i) => i.setClock(offsetMs)));
    },
    stop: () => stopAll(instances),
  };
}
