// Sign-in throughput and latency at 1, 2, 4 and 8 requests in flight, each level between two
// measurements of the bare argon2id verify rate at the same concurrency in this process (the
// hash-bound ceiling), and the CPU a sign-in costs beyond its hash (server + PostgreSQL, from
// /proc). Reference sign-ins (tests/bench/framework-floor.ts) are measured within the same level.
import { randomBytes, randomUUID } from "node:crypto";
import pg from "pg";
import { hashPassword } from "../../lib/auth/password";
import { bareArgon2, load, nextIp, round } from "./load";
import { cpuMeter, machineMeter, mainThreadMeter } from "./proc-cpu";
import type { BenchServer } from "./bench-server";

const SIGN_IN = "/api/auth/callback/credentials";

export type BenchUser = { email: string; username: string; password: string; hash: string };

/** `count` active accounts `<prefix><n>` with their own passwords, inserted straight into the database. */
export async function seedUsers(databaseUrl: string, count: number, prefix = "bench") {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  const users: BenchUser[] = [];
  for (let i = 0; i < count; i++) {
    const password = `bench-${i}-${randomBytes(6).toString("hex")}`;
    const u = {
      email: `${prefix}${i}@northwind.example`,
      username: `${prefix}${i}`,
      password,
      hash: await hashPassword(password),
    };
    await pool.query(
      `INSERT INTO "User" (id, email, username, "passwordHash", status, locale, "firstName", "lastName",
         company, country, "updatedAt")
       VALUES ($1, $2, $3, $4, 'ACTIVE', 'en', 'Bench', 'User', 'Northwind Energy', 'DE', now())`,
      [randomUUID(), u.email, u.username, u.hash],
    );
    users.push(u);
  }
  await pool.end();
  return users;
}

/** Auth.js's double-submit CSRF token and its cookie, as its sign-in form gets them. */
export async function csrfPair(baseUrl: string) {
  const res = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  return { csrfToken, cookie };
}

/** A Set-Cookie line that gives the browser a session (over HTTPS the name has its __Host- prefix). */
export const SESSION_SET_COOKIE = /^(__Host-)?portal\.session=[^;]+/;

function isSessionCookie(headers: Record<string, string | string[]>) {
  const set = [headers["set-cookie"] ?? []].flat();
  return set.some((c) => SESSION_SET_COOKIE.test(c));
}

/** A session cookie and a redirect without an error: the sign-in succeeded. */
export const signedIn = (status: number, h: Record<string, string | string[]>) =>
  status === 302 && isSessionCookie(h) && !String(h.location ?? "").includes("error=");

const rejected = (status: number, h: Record<string, string | string[]>) =>
  status === 302 && !isSessionCookie(h) && String(h.location ?? "").includes("code=invalid");

/**
 * Sign-in form posts cycling through `people` (by username and by upper-cased e-mail, in turn),
 * each from its own client address, to Auth.js's endpoint or another `path` that takes the form.
 */
export function signInRequests(
  baseUrl: string,
  people: BenchUser[],
  { csrfToken, cookie }: { csrfToken: string; cookie: string },
  wrong = false,
  path = SIGN_IN,
) {
  let n = 0;
  return () => {
    const u = people[n++ % people.length]!;
    return {
      method: "POST" as const,
      path,
      headers: { "content-type": "application/x-www-form-urlencoded", cookie, "x-forwarded-for": nextIp() },
      body: new URLSearchParams({
        identifier: n % 2 ? u.username : u.email.toUpperCase(),
        password: wrong ? "wrong password 123" : u.password,
        remember: "0",
        csrfToken,
        callbackUrl: `${baseUrl}/en/dashboard`,
      }).toString(),
    };
  };
}

type Judge = (status: number, h: Record<string, string | string[]>) => boolean;

/** Another sign-in endpoint, measured at each level right after the portal's, against the same bare verifies. */
export type Reference = {
  name: string;
  url: string;
  next: ReturnType<typeof signInRequests>;
  judge: Judge;
  /** The processes whose CPU its sign-ins cost: its server, and PostgreSQL where it uses it. */
  pids: number[];
  mainPid: number;
};

export async function benchSignIn(
  server: BenchServer,
  {
    seconds = 15,
    levels = [1, 2, 4, 8],
    users = 50,
    references = [] as Reference[],
  }: { seconds?: number; levels?: number[]; users?: number; references?: Reference[] } = {},
) {
  const people = await seedUsers(server.databaseUrl, users);
  const csrf = await csrfPair(server.baseUrl);
  const next = (wrong = false) => signInRequests(server.baseUrl, people, csrf, wrong);
  const pgPid = await server.postmasterPid();
  const bareOnce = (c: number) => bareArgon2(c, seconds, people[0]!.hash, people[0]!.password);

  await load({ url: server.baseUrl, connections: 2, seconds: 3, next: next(), judge: signedIn }); // warm-up
  const rows = [];
  const referenceRows = Object.fromEntries(references.map((r) => [r.name, [] as ReferenceRow[]]));
  for (const c of levels) {
    // The machine's speed drifts by several per cent within minutes: every sign-in of the level is
    // held against the mean of the bare rate measured right before and right after it.
    const before = await bareOnce(c);
    const serverCpu = cpuMeter(() => [server.serverPid]);
    const pgCpu = cpuMeter(() => [pgPid]);
    const mainCpu = mainThreadMeter(server.serverPid);
    const busy = machineMeter();
    const r = await load({ url: server.baseUrl, connections: c, seconds, next: next(), judge: signedIn });
    const [srv, db, main, busyPct] = [serverCpu(), pgCpu(), mainCpu(), busy()];
    const others: Awaited<ReturnType<typeof measureReference>>[] = [];
    for (const ref of references) others.push(await measureReference(ref, c, seconds));
    const bare = meanBare(before, await bareOnce(c));
    const cpuPerSignIn = ((srv + db) * 1000) / Math.max(1, r.ok + r.other);
    rows.push({
      ...r,
      bareVerifiesPerSecond: bare.perSecond,
      bareRange: [before.perSecond, bare.after],
      ratio: round(r.okPerSecond / bare.perSecond, 3),
      cpuMsPerSignIn: {
        server: round((srv * 1000) / Math.max(1, r.ok), 2),
        postgres: round((db * 1000) / Math.max(1, r.ok), 2),
        serverMainThread: round((main * 1000) / Math.max(1, r.ok), 2),
      },
      nonHashCpuMs: round(cpuPerSignIn - bare.cpuMsPerVerify, 2),
      bareCpuMsPerVerify: bare.cpuMsPerVerify,
      machineBusyPct: busyPct,
    });
    console.log(
      `sign-in c=${c}: ${r.okPerSecond}/s vs bare ${bare.perSecond}/s (${before.perSecond} before, ${bare.after} after) → ${rows.at(-1)!.ratio}; p95 ${r.p95ms} ms; other ${r.other}`,
    );
    references.forEach((ref, i) => {
      const o = others[i]!;
      referenceRows[ref.name]!.push({
        connections: c,
        okPerSecond: o.okPerSecond,
        other: o.other,
        p95ms: o.p95ms,
        bareVerifiesPerSecond: bare.perSecond,
        ratio: round(o.okPerSecond / bare.perSecond, 3),
        nonHashCpuMs: round(o.cpuMsPerSignIn - bare.cpuMsPerVerify, 2),
        mainThreadMs: o.mainThreadMs,
      });
      console.log(
        `${ref.name} c=${c}: ${o.okPerSecond}/s → ${referenceRows[ref.name]!.at(-1)!.ratio}; other ${o.other}`,
      );
    });
  }
  const wrong = await load({
    url: server.baseUrl,
    connections: 4,
    seconds,
    next: next(true),
    judge: rejected,
  });
  return { users, seconds, levels: rows, references: referenceRows, wrongPasswordAt4: wrong };
}

export type ReferenceRow = {
  connections: number;
  okPerSecond: number;
  other: number;
  p95ms: number;
  bareVerifiesPerSecond: number;
  ratio: number;
  nonHashCpuMs: number;
  mainThreadMs: number;
};

function meanBare(
  before: { perSecond: number; cpuMsPerVerify: number },
  after: { perSecond: number; cpuMsPerVerify: number },
) {
  return {
    perSecond: round((before.perSecond + after.perSecond) / 2),
    cpuMsPerVerify: round((before.cpuMsPerVerify + after.cpuMsPerVerify) / 2, 2),
    after: after.perSecond,
  };
}

async function measureReference(ref: Reference, connections: number, seconds: number) {
  const cpu = cpuMeter(() => ref.pids);
  const main = mainThreadMeter(ref.mainPid);
  const r = await load({ url: ref.url, connections, seconds, next: ref.next, judge: ref.judge });
  const [used, mainThread] = [cpu(), main()];
  return {
    ...r,
    cpuMsPerSignIn: (used * 1000) / Math.max(1, r.ok),
    mainThreadMs: round((mainThread * 1000) / Math.max(1, r.ok), 2),
  };
}
