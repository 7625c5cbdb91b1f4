// Where a sign-in's CPU goes, from the outside: server and PostgreSQL CPU per request (from /proc),
// one request at a time, for endpoints that each add one layer — any route handler through
// Next.js and proxy.ts (liveness), Auth.js's own work (CSRF token), the serial check (throttle +
// one query), a whole sign-in (which adds the argon2id verify, measured bare beside it) and what
// every signed-in request pays: reading the session cookie and checking the session in the database.
import { bareArgon2, nextIp, round } from "./load";
import { cpuMeter } from "./proc-cpu";
import { csrfPair, seedUsers, SESSION_SET_COOKIE, signInRequests } from "./sign-in";
import type { BenchServer } from "./bench-server";

type Cost = { endpoint: string; requests: number; serverMs: number; postgresMs: number; wallMs: number };

export async function benchRequestCost(server: BenchServer, { requests = 300 } = {}) {
  const [user] = await seedUsers(server.databaseUrl, 1, "cost");
  const pair = await csrfPair(server.baseUrl);
  const signIn = signInRequests(server.baseUrl, [user!], pair);
  const pgPid = await server.postmasterPid();
  const url = (path: string) => `${server.baseUrl}${path}`;
  const postSignIn = () => {
    const r = signIn();
    return fetch(url(r.path), { method: r.method, headers: r.headers, body: r.body, redirect: "manual" });
  };
  const session = sessionCookie(await postSignIn());
  const endpoints: [string, () => Promise<Response>][] = [
    ["GET /api/health/live", () => fetch(url("/api/health/live"))],
    ["GET /api/auth/csrf", () => fetch(url("/api/auth/csrf"))],
    [
      "GET /api/serials/NW100A",
      () => fetch(url("/api/serials/NW100A"), { headers: { "x-forwarded-for": nextIp() } }),
    ],
    ["POST sign-in (success)", postSignIn],
    // Auth.js's session read: decrypt the cookie, check the session row, make the cookie again.
    [
      "GET /api/auth/session (signed in)",
      () => fetch(url("/api/auth/session"), { headers: { cookie: session } }),
    ],
  ];
  const out: Cost[] = [];
  for (const [endpoint, send] of endpoints) {
    for (let i = 0; i < 20; i++) await (await send()).arrayBuffer(); // warm-up
    const serverCpu = cpuMeter(() => [server.serverPid]);
    const pgCpu = cpuMeter(() => [pgPid]);
    const started = performance.now();
    for (let i = 0; i < requests; i++) {
      const res = await send();
      await res.arrayBuffer();
      if (res.status >= 400) throw new Error(`${endpoint} answered ${res.status}`);
    }
    const wall = performance.now() - started;
    out.push({
      endpoint,
      requests,
      serverMs: round((serverCpu() * 1000) / requests, 2),
      postgresMs: round((pgCpu() * 1000) / requests, 2),
      wallMs: round(wall / requests, 2),
    });
  }
  const bare = await bareArgon2(1, 5, user!.hash, user!.password);
  return { endpoints: out, bareVerifyCpuMs: bare.cpuMsPerVerify };
}

/** The session cookie a successful sign-in sets, as a Cookie header. */
function sessionCookie(res: Response) {
  const cookie = res.headers.getSetCookie().find((c) => SESSION_SET_COOKIE.test(c));
  if (!cookie) throw new Error(`sign-in for the session read answered ${res.status} without a session`);
  return cookie.split(";")[0]!;
}
