import { afterEach, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { MINUTE, setClockOffset } from "@/lib/clock";
import { peek } from "@/lib/rate-limit";
import { allowSignInFrom, signInLookup } from "@/lib/auth/sign-in-lookup";
import {
  failureKey,
  IP_ATTEMPTS,
  IP_FAILURES,
  LOCK_AFTER_FAILURES,
  recordFailure,
  recordIpFailure,
  SIGN_IN_COUNTERS,
} from "@/lib/auth/signin-throttle";
import { createUser, freshIp } from "./support/auth-http";

// The one statement a sign-in runs before its password hash: the client address's budgets, the
// account and its failures. Each part is checked against the counters as lib/rate-limit.ts keeps them.

afterEach(() => setClockOffset(0));

const attemptsOf = async (ip: string) => (await peek(SIGN_IN_COUNTERS.attemptsPerIp, ip)).consumed;

describe("signInLookup", () => {
  it("counts every attempt from an address and refuses the one over its budget until the window ends", async () => {
    const ip = freshIp();
    for (let i = 0; i < IP_ATTEMPTS.points; i++)
      expect((await signInLookup(ip, "nobody", "ua")).allowed).toBe(true);
    expect(await attemptsOf(ip)).toBe(IP_ATTEMPTS.points);
    expect((await signInLookup(ip, "nobody", "ua")).allowed).toBe(false);
    expect(await allowSignInFrom(ip)).toBe(false);
    setClockOffset(IP_ATTEMPTS.durationSec * 1000 + 1000);
    expect((await signInLookup(ip, "nobody", "ua")).allowed).toBe(true);
  });

  it("refuses an address over its failure budget without counting the attempt", async () => {
    const ip = freshIp();
    for (let i = 0; i <= IP_FAILURES.points; i++) await recordIpFailure(ip);
    expect((await signInLookup(ip, "nobody", "ua")).allowed).toBe(false);
    expect(await allowSignInFrom(ip)).toBe(false);
    expect(await attemptsOf(ip)).toBe(0);
  });

  it("finds the account by e-mail or username with what the sign-in needs to know", async () => {
    const user = await createUser();
    await db.signInSession.create({
      data: { userId: user.id, userAgent: "seen-browser", expiresAt: new Date(Date.now() + MINUTE) },
    });
    await db.totpFactor.create({
      data: { userId: user.id, secretCipher: "x", keyId: "k", confirmedAt: new Date() },
    });
    const byEmail = await signInLookup(freshIp(), user.email, "seen-browser");
    expect(byEmail.user).toEqual({
      id: user.id,
      passwordHash: user.passwordHash,
      status: "ACTIVE",
      sessionVersion: user.sessionVersion,
      hasSecondFactor: true,
      browserSeen: true,
    });
    const byUsername = await signInLookup(freshIp(), user.username, "another-browser");
    expect(byUsername.user).toMatchObject({ id: user.id, browserSeen: false });
    expect((await signInLookup(freshIp(), null, "seen-browser")).user).toBeNull();
  });

  it("reads the failures of the account, or of the identifier when it names no account", async () => {
    const user = await createUser();
    for (let i = 0; i < LOCK_AFTER_FAILURES; i++) await recordFailure(failureKey(user.id, user.email));
    expect((await signInLookup(freshIp(), user.username, "ua")).failures).toMatchObject({
      failures: LOCK_AFTER_FAILURES,
      locked: true,
    });
    const unknown = `nobody-${randomUUID()}@northwind.example`;
    await recordFailure(failureKey(null, unknown));
    await recordFailure(failureKey(null, unknown));
    const lookup = await signInLookup(freshIp(), unknown, "ua");
    expect(lookup.user).toBeNull();
    expect(lookup.failures).toMatchObject({ failures: 2, locked: false });
    expect((await signInLookup(freshIp(), `other-${unknown}`, "ua")).failures.failures).toBe(0);
  });
});
