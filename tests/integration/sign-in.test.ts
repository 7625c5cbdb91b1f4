import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { HOUR, MINUTE, setClockOffset } from "@/lib/clock";
import { unlockAccount } from "@/lib/auth/signin-throttle";
import { NextRequest } from "next/server";
import { handlers } from "@/lib/auth";
import { BASE, createUser, freshIp, postSignIn, sessionCookieFrom, sessionOf } from "./support/auth-http";

afterEach(() => setClockOffset(0));

const expiresOf = (setCookie: string | undefined) => setCookie?.match(/Expires=([^;]+)/i)?.[1];

describe("sign-in", () => {
  it("accepts the e-mail address or the username, in any letter case", async () => {
    const user = await createUser();
    for (const identifier of [
      user.email,
      user.username,
      user.email.toUpperCase(),
      ` ${user.username.toUpperCase()} `,
    ]) {
      const res = await postSignIn({ identifier, password: user.password });
      expect(res.status).toBe(302);
      expect(res.headers.get("location")).toBe("http://localhost:3100/en/dashboard");
      const { body } = await sessionOf(sessionCookieFrom(res));
      expect(body?.user?.id).toBe(user.id);
    }
    const sessions = await db.signInSession.findMany({ where: { userId: user.id } });
    expect(sessions).toHaveLength(4);
    expect(sessions[0]).toMatchObject({ userAgent: "integration-test", revokedAt: null });
  });

  it("gives a remembered sign-in a cookie that expires 12 hours later, and others a browser-session cookie", async () => {
    const user = await createUser();
    const before = Date.now();
    const remembered = sessionCookieFrom(
      await postSignIn({ identifier: user.email, password: user.password, remember: true }),
    );
    const expires = new Date(expiresOf(remembered)!).getTime();
    expect(expires).toBeGreaterThanOrEqual(Math.floor((before + 12 * HOUR) / 1000) * 1000);
    expect(expires).toBeLessThanOrEqual(Date.now() + 12 * HOUR);
    expect(remembered).toMatch(/HttpOnly/);
    expect(remembered).toMatch(/SameSite=lax/i);

    const session = sessionCookieFrom(await postSignIn({ identifier: user.email, password: user.password }));
    expect(session).toBeDefined();
    expect(expiresOf(session)).toBeUndefined();
    expect(session).not.toMatch(/Max-Age/i);

    // Reading the session re-signs the token but never extends or converts the cookie.
    setClockOffset(2 * HOUR);
    const refreshed = await sessionOf(remembered);
    expect(expiresOf(sessionCookieFrom(refreshed.res))).toBe(expiresOf(remembered));
    const refreshedSession = await sessionOf(session);
    expect(refreshedSession.body).toBeNull(); // idle for 2 hours: over the 60-minute limit
  });

  it("answers a wrong password and an unknown identifier identically", async () => {
    const responses = [];
    for (const known of [true, false, true, false]) {
      const user = await createUser();
      const res = await postSignIn({
        identifier: known ? user.email : `nobody-${user.username}@northwind.example`,
        password: "wrong password 123",
      });
      responses.push({
        status: res.status,
        location: res.headers.get("location"),
        setCookie: res.headers.getSetCookie(),
        headers: [...res.headers.keys()].sort(),
        body: await res.text(),
      });
    }
    expect(responses[0]).toEqual(responses[1]);
    expect(responses[2]).toEqual(responses[3]);
    expect(responses[0]!.location).toBe("http://localhost:3100/login?error=CredentialsSignin&code=invalid");
  });

  it("takes the same time for a wrong password and an unknown identifier", async () => {
    // Without the dummy-hash verify an unknown identifier answers ~10x faster (no argon2); the
    // bounds leave room for the noise of a shared machine, not for that.
    const times: Record<"known" | "unknown", number[]> = { known: [], unknown: [] };
    for (let i = 0; i < 10; i++) {
      for (const kind of ["known", "unknown"] as const) {
        const user = await createUser();
        const identifier = kind === "known" ? user.username : `ghost${user.username}`;
        const start = performance.now();
        await postSignIn({ identifier, password: "wrong password 123" });
        times[kind].push(performance.now() - start);
      }
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const ratio = median(times.known) / median(times.unknown);
    expect(ratio).toBeGreaterThan(0.5);
    expect(ratio).toBeLessThan(2);
  });

  it("tells account states apart only after a correct password", async () => {
    const cases = [
      ["PENDING_EMAIL", "pending_email"],
      ["PENDING_REVIEW", "pending_review"],
      ["REJECTED", "contact_support"],
      ["DISABLED", "contact_support"],
    ] as const;
    for (const [status, code] of cases) {
      const user = await createUser({ status });
      const wrong = await postSignIn({ identifier: user.email, password: "not the password" });
      expect(wrong.headers.get("location")).toMatch(/code=invalid$/);
      const right = await postSignIn({ identifier: user.email, password: user.password });
      expect(right.headers.get("location")).toMatch(new RegExp(`code=${code}$`));
      expect(sessionCookieFrom(right)).toBeUndefined();
    }
  });

  it("takes a callback address that is no URL, from a parameter or a cookie, for none at all", async () => {
    // Auth.js on its own calls such a value a server misconfiguration and answers 500.
    const user = await createUser();
    const forged = "authjs.callback-url=1";
    const res = await postSignIn({ ...user, identifier: user.email, callbackUrl: "1", cookies: forged });
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toBe(`${BASE}/`);
    expect((await sessionOf(sessionCookieFrom(res))).body?.user?.id).toBe(user.id);
    for (const [path, cookie] of [
      ["/api/auth/session", forged],
      ["/api/auth/csrf?callbackUrl=1", ""],
      ["/api/auth/providers?callbackUrl=%00", "authjs.callback-url=%00"],
    ] as const) {
      const answer = await handlers.GET(new NextRequest(`${BASE}${path}`, { headers: { cookie } }));
      expect(answer.status, path).toBe(200);
    }
    // A usable one still counts, as long as it stays on the portal.
    const evil = await postSignIn({
      identifier: user.email,
      password: user.password,
      callbackUrl: "https://evil.example/",
    });
    expect(evil.headers.get("location")).toBe(`${BASE}/`);
    const own = await postSignIn({
      identifier: user.email,
      password: user.password,
      callbackUrl: "/de/account",
    });
    expect(own.headers.get("location")).toBe(`${BASE}/de/account`);
  });
});

describe("sign-in throttling", () => {
  it("blocks the 11th attempt within 15 minutes even with the right password, from any address", async () => {
    const user = await createUser();
    for (let i = 0; i < 10; i++) {
      const res = await postSignIn({ identifier: user.username, password: `wrong ${i}`, ip: freshIp() });
      expect(res.headers.get("location")).toMatch(/code=invalid$/);
    }
    const blocked = await postSignIn({ identifier: user.email, password: user.password, ip: freshIp() });
    const wrong = await postSignIn({ identifier: `x${user.email}`, password: "wrong", ip: freshIp() });
    expect(blocked.status).toBe(wrong.status);
    expect(blocked.headers.get("location")).toBe(wrong.headers.get("location"));
    expect(sessionCookieFrom(blocked)).toBeUndefined();

    const log = await db.auditLog.findMany({ where: { targetId: user.id }, orderBy: { id: "asc" } });
    const actions = log.map((l) => l.action);
    expect(actions.filter((a) => a === "signin.failure")).toHaveLength(10);
    expect(actions.slice(-3)).toEqual(["signin.failure", "signin.locked", "signin.blocked"]);
    expect(new Set(log.map((l) => l.ip)).size).toBe(11);

    await unlockAccount(user.id);
    const after = await postSignIn({ identifier: user.email, password: user.password });
    expect(sessionCookieFrom(after)).toBeDefined();
  });

  it("lifts the block by itself 15 minutes after the attempt that caused it", async () => {
    const user = await createUser();
    for (let i = 0; i < 10; i++) await postSignIn({ identifier: user.email, password: `wrong ${i}` });
    setClockOffset(15 * MINUTE - 5000);
    const still = await postSignIn({ identifier: user.email, password: user.password });
    expect(sessionCookieFrom(still)).toBeUndefined();
    setClockOffset(15 * MINUTE + 1000);
    const after = await postSignIn({ identifier: user.email, password: user.password });
    expect(sessionCookieFrom(after)).toBeDefined();
  });

  it("slows down attempts after 5 consecutive failures", async () => {
    const user = await createUser();
    const timed = async () => {
      const start = performance.now();
      await postSignIn({ identifier: user.email, password: "wrong" });
      return performance.now() - start;
    };
    for (let i = 0; i < 5; i++) await timed();
    expect(await timed()).toBeGreaterThanOrEqual(250);
    expect(await timed()).toBeGreaterThanOrEqual(500);
  });

  it("clears the count after a successful sign-in", async () => {
    const user = await createUser();
    for (let i = 0; i < 6; i++) await postSignIn({ identifier: user.email, password: "wrong" });
    expect(
      sessionCookieFrom(await postSignIn({ identifier: user.email, password: user.password })),
    ).toBeDefined();
    for (let i = 0; i < 6; i++) await postSignIn({ identifier: user.email, password: "wrong" });
    // 12 failures within minutes, but never 10 in a row: not blocked.
    expect(
      sessionCookieFrom(await postSignIn({ identifier: user.email, password: user.password })),
    ).toBeDefined();
  });

  it("limits failed attempts per client address across accounts", async () => {
    const ip = freshIp();
    for (let i = 0; i < 31; i++)
      await postSignIn({ identifier: `stuffing${i}@example.com`, password: "x", ip });
    const user = await createUser();
    const res = await postSignIn({ identifier: user.email, password: user.password, ip });
    expect(res.headers.get("location")).toMatch(/code=rate_limited$/);
    expect(await db.auditLog.count({ where: { action: "signin.throttled", ip } })).toBe(1);
  });

  it("gives a blocked client address its budget back 15 minutes later", async () => {
    const ip = freshIp();
    for (let i = 0; i < 31; i++)
      await postSignIn({ identifier: `stuffing-again${i}@example.com`, password: "x", ip });
    const user = await createUser();
    setClockOffset(15 * MINUTE - 5000);
    const still = await postSignIn({ identifier: user.email, password: user.password, ip });
    expect(still.headers.get("location")).toMatch(/code=rate_limited$/);
    setClockOffset(15 * MINUTE + 1000);
    const after = await postSignIn({ identifier: user.email, password: user.password, ip });
    expect(sessionCookieFrom(after)).toBeDefined();
  });
});

describe("session checks on every request", () => {
  async function signedIn(remember = false) {
    const user = await createUser();
    const cookie = sessionCookieFrom(
      await postSignIn({ identifier: user.email, password: user.password, remember }),
    );
    const { body } = await sessionOf(cookie);
    expect(body?.user?.id).toBe(user.id);
    return { user, cookie, sid: body!.sid! };
  }

  it("rejects a token older than 12 hours, even a remembered one", async () => {
    const { cookie } = await signedIn(true);
    setClockOffset(12 * HOUR - MINUTE);
    expect((await sessionOf(cookie)).body).not.toBeNull();
    setClockOffset(12 * HOUR + 1000);
    const late = await sessionOf(cookie);
    expect(late.body).toBeNull();
    expect(sessionCookieFrom(late.res)).toBeUndefined(); // the cookie is cleared
    expect(late.res.headers.getSetCookie().some((c) => /^portal\.session=;/.test(c))).toBe(true);
  });

  it("ends a browser-session sign-in after an hour without activity, but not a remembered one", async () => {
    const plain = await signedIn(false);
    const remembered = await signedIn(true);
    setClockOffset(50 * MINUTE);
    expect((await sessionOf(plain.cookie)).body).not.toBeNull(); // activity at 50 min
    setClockOffset(100 * MINUTE);
    expect((await sessionOf(plain.cookie)).body).not.toBeNull();
    setClockOffset(100 * MINUTE + 61 * MINUTE);
    expect((await sessionOf(plain.cookie)).body).toBeNull();
    expect((await sessionOf(remembered.cookie)).body).not.toBeNull();
    const row = await db.signInSession.findUniqueOrThrow({ where: { id: plain.sid } });
    expect(row.revokedAt).not.toBeNull();
  });

  it("ends every session when the session version rises or the account is disabled", async () => {
    const a = await signedIn();
    await db.user.update({ where: { id: a.user.id }, data: { sessionVersion: { increment: 1 } } });
    setClockOffset(5_000); // past the per-instance cache
    expect((await sessionOf(a.cookie)).body).toBeNull();

    const b = await signedIn();
    await db.user.update({ where: { id: b.user.id }, data: { status: "DISABLED" } });
    setClockOffset(10_000);
    expect((await sessionOf(b.cookie)).body).toBeNull();
  });
});
