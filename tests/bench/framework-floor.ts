// Two references for the portal's sign-in, served by floor-app/ and measured exactly like it, each
// level beside its own bare verifies, in the same run:
// - the Next.js floor: a route handler that only reads the form and verifies the password (no
//   database, Auth.js, throttling, audit or session), the ceiling any Next.js sign-in can reach;
// - a minimal Auth.js app (floor-app/auth.js): the Credentials provider finding the account with
//   one query on the bench's database, what a team gets out of the box.
// Between them and the portal lies everything a sign-in does beyond Next.js and the hash.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { hashPassword } from "../../lib/auth/password";
import { run } from "../../scripts/run";
import { bareArgon2, load, round } from "./load";
import { cpuMeter, mainThreadMeter } from "./proc-cpu";
import { csrfPair, seedUsers, signInRequests, type BenchUser } from "./sign-in";

const APP = fileURLToPath(new URL("./floor-app", import.meta.url));
const NEXT = fileURLToPath(new URL("../../node_modules/next/dist/bin/next", import.meta.url));
const PASSWORD = "floor-password-1234";

type Judge = (status: number, h: Record<string, string | string[]>) => boolean;
type Requests = ReturnType<typeof signInRequests>;
const setCookies = (h: Record<string, string | string[]>) => [h["set-cookie"] ?? []].flat();

export function buildFloorApp() {
  return run("npx", ["next", "build", APP], { ...process.env, NEXT_TELEMETRY_DISABLED: "1" }, true);
}

/** Sign-ins/s of the floor and of the minimal Auth.js app beside bare verifies/s at each level. */
export async function benchReferences({
  port,
  seconds,
  levels,
  databaseUrl,
  pgPid,
}: {
  port: number;
  seconds: number;
  levels: number[];
  /** The bench's database, whose "User" table the minimal Auth.js app reads. */
  databaseUrl: string;
  pgPid: number;
}) {
  if (!existsSync(`${APP}/.next/BUILD_ID`)) await buildFloorApp();
  const hash = await hashPassword(PASSWORD);
  const baseUrl = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [NEXT, "start", APP, "-p", String(port), "-H", "127.0.0.1"], {
    stdio: "ignore",
    env: {
      PATH: process.env.PATH,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      FLOOR_HASH: hash,
      DATABASE_URL: databaseUrl,
      AUTH_SECRET: randomBytes(32).toString("base64url"),
    },
  });
  try {
    await ready(baseUrl);
    const setup = { baseUrl, seconds, levels, hash, mainPid: child.pid! };
    const measure = (label: string, next: Requests, judge: Judge, pg: boolean) =>
      measureLevels(setup, label, next, judge, pg ? [child.pid!, pgPid] : [child.pid!]);

    // The portal's sign-in posts, so all three read the same requests.
    const person: BenchUser = {
      email: "floor@northwind.example",
      username: "floor",
      password: PASSWORD,
      hash,
    };
    const floorCsrf = { csrfToken: "0".repeat(64), cookie: "authjs.csrf-token=0" };
    const floor = await measure(
      "floor",
      signInRequests(baseUrl, [person], floorCsrf, false, "/api/floor"),
      (status, h) => status === 302 && setCookies(h).some((c) => c.startsWith("floor=1")),
      false,
    );

    const people = await seedUsers(databaseUrl, 50, "authjs");
    const authjs = await measure(
      "minimal Auth.js",
      signInRequests(baseUrl, people, await csrfPair(baseUrl)),
      (status, h) =>
        status === 302 &&
        setCookies(h).some((c) => /^authjs\.session-token=[^;]+/.test(c)) &&
        !String(h.location ?? "").includes("error="),
      true,
    );
    return { floor, authjs };
  } finally {
    // Gone before the next section measures anything.
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      await exited;
    }
  }
}

type Setup = { baseUrl: string; seconds: number; levels: number[]; hash: string; mainPid: number };

/**
 * One reference at each level beside its own bare verifies; `pids` are the processes whose CPU
 * a sign-in costs: the server, and PostgreSQL where it is used.
 */
async function measureLevels(
  { baseUrl, seconds, levels, hash, mainPid }: Setup,
  label: string,
  next: Requests,
  judge: Judge,
  pids: number[],
) {
  await load({ url: baseUrl, connections: 2, seconds: 3, next, judge }); // warm-up
  const rows = [];
  for (const c of levels) {
    const bare = await bareArgon2(c, seconds, hash, PASSWORD);
    const cpu = cpuMeter(() => pids);
    const main = mainThreadMeter(mainPid);
    const r = await load({ url: baseUrl, connections: c, seconds, next, judge });
    const [used, mainThread] = [cpu(), main()];
    rows.push({
      connections: c,
      okPerSecond: r.okPerSecond,
      other: r.other,
      p95ms: r.p95ms,
      bareVerifiesPerSecond: bare.perSecond,
      ratio: round(r.okPerSecond / bare.perSecond, 3),
      nonHashCpuMs: round((used * 1000) / Math.max(1, r.ok) - bare.cpuMsPerVerify, 2),
      mainThreadMs: round((mainThread * 1000) / Math.max(1, r.ok), 2),
    });
    console.log(
      `${label} c=${c}: ${r.okPerSecond}/s vs bare ${bare.perSecond}/s → ${rows.at(-1)!.ratio}; other ${r.other}`,
    );
  }
  return rows;
}

async function ready(baseUrl: string) {
  for (let i = 0; i < 200; i++) {
    const up = await fetch(`${baseUrl}/api/floor`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "password=",
      redirect: "manual",
    }).then(
      (r) => r.status === 302,
      () => false,
    );
    if (up) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error("the framework floor app did not start");
}
