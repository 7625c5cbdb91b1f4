// The ceiling any Next.js sign-in can reach on this machine: floor-app/ is a route handler that
// only reads the form and verifies the password (no database, Auth.js, throttling, audit or
// session), measured exactly like the portal's sign-in, beside the same bare verifies. Between
// it and the portal lies everything a sign-in does beyond Next.js and the hash.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { hashPassword } from "../../lib/auth/password";
import { run } from "../../scripts/run";
import { bareArgon2, load, round } from "./load";
import { cpuMeter, mainThreadMeter } from "./proc-cpu";
import { signInRequests } from "./sign-in";

const APP = fileURLToPath(new URL("./floor-app", import.meta.url));
const NEXT = fileURLToPath(new URL("../../node_modules/next/dist/bin/next", import.meta.url));
const PASSWORD = "floor-password-1234";

export function buildFloorApp() {
  return run("npx", ["next", "build", APP], { ...process.env, NEXT_TELEMETRY_DISABLED: "1" }, true);
}

/** The floor's sign-ins/s beside bare verifies/s at each level, and its CPU beyond the hash. */
export async function benchFloor({
  port,
  seconds,
  levels,
}: {
  port: number;
  seconds: number;
  levels: number[];
}) {
  if (!existsSync(`${APP}/.next/BUILD_ID`)) await buildFloorApp();
  const hash = await hashPassword(PASSWORD);
  const baseUrl = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [NEXT, "start", APP, "-p", String(port), "-H", "127.0.0.1"], {
    stdio: "ignore",
    env: { PATH: process.env.PATH, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", FLOOR_HASH: hash },
  });
  try {
    await ready(baseUrl);
    // The portal's sign-in posts, so both read the same requests.
    const person = { email: "floor@northwind.example", username: "floor", password: PASSWORD, hash };
    const csrf = { csrfToken: "0".repeat(64), cookie: "authjs.csrf-token=0" };
    const next = signInRequests(baseUrl, [person], csrf, false, "/api/floor");
    const judge = (status: number, h: Record<string, string | string[]>) =>
      status === 302 && [h["set-cookie"] ?? []].flat().some((c) => c.startsWith("floor=1"));
    await load({ url: baseUrl, connections: 2, seconds: 3, next, judge }); // warm-up
    const rows = [];
    for (const c of levels) {
      const bare = await bareArgon2(c, seconds, hash, PASSWORD);
      const cpu = cpuMeter(() => [child.pid!]);
      const main = mainThreadMeter(child.pid!);
      const r = await load({ url: baseUrl, connections: c, seconds, next, judge });
      const [server, mainThread] = [cpu(), main()];
      rows.push({
        connections: c,
        okPerSecond: r.okPerSecond,
        other: r.other,
        p95ms: r.p95ms,
        bareVerifiesPerSecond: bare.perSecond,
        ratio: round(r.okPerSecond / bare.perSecond, 3),
        nonHashCpuMs: round((server * 1000) / Math.max(1, r.ok) - bare.cpuMsPerVerify, 2),
        mainThreadMs: round((mainThread * 1000) / Math.max(1, r.ok), 2),
      });
      console.log(`floor c=${c}: ${r.okPerSecond}/s vs bare ${bare.perSecond}/s → ${rows.at(-1)!.ratio}`);
    }
    return rows;
  } finally {
    // Gone before the next section measures anything.
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      await exited;
    }
  }
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
