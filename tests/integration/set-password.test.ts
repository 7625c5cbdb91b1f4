import { afterAll, afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { DAY, setClockOffset } from "@/lib/clock";
import { verifyPassword } from "@/lib/auth/password";
import { setPasswordWithToken } from "@/lib/auth/set-password";
import { createAdmin } from "@/lib/ops/create-admin";
import { issueToken, lookupToken } from "@/lib/tokens";

// The page behind the link `npm run admin:create` e-mails (/<locale>/set-password?token=…).

const PASSWORD = "a long and quiet morning in Lisbon";
let n = 0;

async function newAdmin() {
  const email = `set-password-${Date.now().toString(36)}-${n++}@example.com`;
  const result = await createAdmin({ email, firstName: "Ada", lastName: "Lovelace" });
  if (!result.ok) throw new Error(result.problem);
  const { token } = await db.$transaction((tx) =>
    issueToken(tx, { userId: result.userId, purpose: "SET_PASSWORD", ttlMs: DAY }),
  );
  return { id: result.userId, email, token };
}

afterEach(() => setClockOffset(0));
afterAll(async () => {
  await db.user.deleteMany({ where: { email: { startsWith: "set-password-" } } });
});

describe("setting the first password from the e-mailed link", () => {
  it("stores the password, confirms the address, uses up the link and audits it, without signing in", async () => {
    const admin = await newAdmin();
    expect(await setPasswordWithToken(admin.token, PASSWORD, "198.51.100.4")).toEqual({ ok: true });

    const user = await db.user.findUniqueOrThrow({ where: { id: admin.id } });
    expect(user.emailVerified).toBeInstanceOf(Date);
    expect(await verifyPassword(user.passwordHash!, PASSWORD)).toBe(true);
    expect(await lookupToken(admin.token, "SET_PASSWORD")).toMatchObject({ state: "used" });
    const audits = await db.auditLog.findMany({ where: { targetId: admin.id }, orderBy: { id: "asc" } });
    expect(audits.map((a) => a.action)).toEqual(["admin.created", "password.set"]);
    expect(audits[1]).toMatchObject({ actorId: admin.id, ip: "198.51.100.4" });
    expect(await db.signInSession.count({ where: { userId: admin.id } })).toBe(0);

    // A second use of the same link changes nothing.
    expect(await setPasswordWithToken(admin.token, "another long passphrase here", undefined)).toEqual({
      ok: false,
      link: "used",
    });
    const after = await db.user.findUniqueOrThrow({ where: { id: admin.id } });
    expect(after.passwordHash).toBe(user.passwordHash);
  });

  it("refuses a weak password and keeps the link usable", async () => {
    const admin = await newAdmin();
    const outcome = await setPasswordWithToken(admin.token, "password1234", undefined);
    expect(outcome).toMatchObject({ ok: false, problem: expect.any(String) });
    const user = await db.user.findUniqueOrThrow({ where: { id: admin.id } });
    expect(user.passwordHash).toBeNull();
    expect(user.emailVerified).toBeNull();
    expect(await lookupToken(admin.token, "SET_PASSWORD")).toMatchObject({ state: "valid" });
  });

  it("explains expired and unknown links", async () => {
    const admin = await newAdmin();
    setClockOffset(DAY + 60_000);
    expect(await setPasswordWithToken(admin.token, PASSWORD, undefined)).toEqual({
      ok: false,
      link: "expired",
    });
    setClockOffset(0);
    expect(await setPasswordWithToken("not-a-real-token", PASSWORD, undefined)).toEqual({
      ok: false,
      link: "unknown",
    });
    // A link cut short by the mail program.
    expect(await setPasswordWithToken(admin.token.slice(0, -2) + "xx", PASSWORD, undefined)).toMatchObject({
      link: "unknown",
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: admin.id } })).passwordHash).toBeNull();
  });
});
