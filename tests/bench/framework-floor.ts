// Two references for the portal's sign-in, served by floor-app/ and measured by benchSignIn
// (./sign-in.ts) at each level right after the portal, against the same bare verifies:
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
import { load } from "./load";
import { csrfPair, seedUsers, signInRequests, type BenchUser, type Reference } from "./sign-in";

const APP = fileURLToPath(new URL("./floor-app", import.meta.url));
const NEXT = fileURLToPath(new URL("../../node_modules/next/dist/bin/next", import.meta.url));
const PASSWORD = "floor-password-1234";

const setCookies = (h: Record<string, string | string[]>) => [h["set-cookie"] ?? []].flat();

export function buildFloorApp() {
  return run("npx", ["next", "build", APP], { ...process.env, NEXT_TELEMETRY_DISABLED: "1" }, true);
}

/** Starts floor-app, warms both references up and gives them to benchSignIn; stop() ends it. */
export async function startReferences({
  port,
  databaseUrl,
  pgPid,
}: {
  port: number;
  /** The bench's database, whose "User" table the minimal Auth.js app reads. */
  databaseUrl: string;
  pgPid: number;
}) {
  if (!existsSync(`${APP}/.next/BUILD_ID`)) await buildFloorApp();
  const hash = await hashPassword(PASSWORD);
  const url = `http://127.0.0.1:${port}`;
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
  const stop = async () => {
    // Gone before the next section measures anything.
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      await exited;
    }
  };
  try {
    await ready(url);
    // The portal's sign-in posts, so all three read the same requests.
    const person: BenchUser = {
      email: "floor@northwind.example",
      username: "floor",
      password: PASSWORD,
      hash,
    };
    const floorCsrf = { csrfToken: "0".repeat(64), cookie: "authjs.csrf-token=0" };
    const references: Reference[] = [
      {
        name: "floor",
        url,
        next: signInRequests(url, [person], floorCsrf, false, "/api/floor"),
        judge: (status, h) => status === 302 && setCookies(h).some((c) => c.startsWith("floor=1")),
        pids: [child.pid!],
        mainPid: child.pid!,
      },
      {
        name: "minimalAuthjs",
        url,
        next: signInRequests(url, await seedUsers(databaseUrl, 50, "authjs"), await csrfPair(url)),
        judge: (status, h) =>
          status === 302 &&
          setCookies(h).some((c) => /^authjs\.session-token=[^;]+/.test(c)) &&
          !String(h.location ?? "").includes("error="),
        pids: [child.pid!, pgPid],
        mainPid: child.pid!,
      },
    ];
    for (const r of references) await load({ url, connections: 2, seconds: 3, next: r.next, judge: r.judge });
    return { references, stop };
  } catch (error) {
    await stop();
    throw error;
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
