import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { TOTP } from "otpauth";
import { db } from "@/lib/db";
import { MINUTE, advanceClock, now, setClockOffset } from "@/lib/clock";
import { signInAction } from "@/lib/actions/sign-in-action";
import { completeSecondStepAction } from "@/lib/actions/complete-second-step-action";
import { decodeSessionCookie } from "@/lib/auth/session-cookie";
import { requireRole, requireStaffWithMfa, requireUser } from "@/lib/dal/session";
import { pendingTotpEnrolment } from "@/lib/security/totp";
import { confirmTotp, removeTotp, regenerateRecoveryCodes } from "@/lib/security/manage-factors";
import { removeAllFactors } from "@/lib/security/remove-factors";
import { applyNewPassword, PASSWORD_OWNER_SELECT } from "@/lib/auth/new-password";
import { createUser, freshIp } from "./support/auth-http";
import { newRequest, request } from "./support/next-request";

vi.mock("next/headers", () => import("./support/next-request").then((m) => m.nextHeadersMock));
vi.mock("next-intl/server", () => import("./support/next-request").then((m) => m.nextIntlServerMock));

beforeEach(() => newRequest(freshIp()));
afterEach(() => setClockOffset(0));

async function outcome<T>(p: Promise<T>) {
  try {
    return { result: await p };
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? "";
    if (!digest.startsWith("NEXT_")) throw error;
    return { digest };
  }
}

const sessionCookie = () => request.cookies.get("portal.session");
const pendingCookie = () => request.cookies.get("portal.pending-signin");
const auditActions = async (targetId: string) =>
  (await db.auditLog.findMany({ where: { targetId }, orderBy: { id: "asc" } })).map((a) => a.action);

/** A user with a confirmed authenticator; returns the key and the recovery codes. */
async function userWithTotp(extra: Parameters<typeof createUser>[0] = {}) {
  const user = await createUser(extra);
  const enrolment = (await pendingTotpEnrolment(user.id, user.username))!;
  const session = await db.signInSession.create({
    data: { userId: user.id, expiresAt: new Date(now().getTime() + MINUTE * 60) },
  });
  const codes = await confirmTotp(
    { userId: user.id, sessionId: session.id, ip: "10.0.0.1" },
    totpCode(enrolment.secret),
  );
  advanceClock(30_000); // the enrolment code's step is used up
  return { user, secret: enrolment.secret, codes: codes! };
}

function totpCode(secret: string) {
  return new TOTP({ secret }).generate({ timestamp: now().getTime() });
}

async function passwordStep(identifier: string, password: string, remember = false) {
  return outcome(signInAction({ identifier, password, remember }));
}

describe("authenticator app", () => {
  it("stores the key encrypted, counts only after a valid code, and audits and notifies", async () => {
    const user = await createUser();
    const enrolment = (await pendingTotpEnrolment(user.id, user.username))!;
    expect(enrolment.qrSvg).toMatch(/^<svg/);
    expect(enrolment.uri).toContain(`secret=${enrolment.secret}`);
    const row = await db.totpFactor.findUniqueOrThrow({ where: { userId: user.id } });
    expect(row.secretCipher).not.toContain(enrolment.secret);
    expect(row.keyId).toBe("test1");
    expect(row.confirmedAt).toBeNull();
    // Reloading the page shows the same key until it is confirmed.
    expect((await pendingTotpEnrolment(user.id, user.username))!.secret).toBe(enrolment.secret);

    const actor = { userId: user.id, sessionId: "none", ip: "10.0.0.1" };
    expect(await confirmTotp(actor, "000000")).toBeNull();
    const codes = await confirmTotp(actor, totpCode(enrolment.secret));
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    const stored = await db.recoveryCode.findMany({ where: { userId: user.id } });
    expect(stored.map((c) => c.codeHash)).not.toContain(codes![0]);
    expect(await pendingTotpEnrolment(user.id, user.username)).toBeNull();
    expect(await auditActions(user.id)).toEqual([
      "mfa.totp_confirm_failed",
      "mfa.totp_added",
      "mfa.recovery_codes_created",
    ]);
    const mail = await db.emailOutbox.findFirstOrThrow({
      where: { to: user.email, template: "security-notice" },
    });
    expect(mail.subject).toContain("authenticator app was set up");
  });

  it("audits removal (after the password) and regenerating recovery codes", async () => {
    const { user, codes } = await userWithTotp();
    const actor = { userId: user.id, sessionId: "none", ip: "10.0.0.1" };
    const fresh = await regenerateRecoveryCodes(actor);
    expect(fresh).not.toEqual(codes);
    expect(await removeTotp(actor, "wrong password")).toBe(false);
    expect(await db.totpFactor.count({ where: { userId: user.id } })).toBe(1);
    expect(await removeTotp(actor, user.password)).toBe(true);
    expect(await db.totpFactor.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.recoveryCode.count({ where: { userId: user.id } })).toBe(0);
    const actions = await auditActions(user.id);
    expect(actions).toEqual(
      expect.arrayContaining([
        "mfa.recovery_codes_regenerated",
        "mfa.totp_remove_failed",
        "mfa.totp_removed",
      ]),
    );
    const subjects = (await db.emailOutbox.findMany({ where: { to: user.email } })).map((m) => m.subject);
    expect(subjects.join("\n")).toMatch(/New recovery codes/);
    expect(subjects.join("\n")).toMatch(/authenticator app was removed/);
  });
});

describe("second step at sign-in", () => {
  it("issues no session after the password, only a 5-minute pending cookie; the code completes it", async () => {
    const { user, secret } = await userWithTotp();
    expect(await passwordStep(user.username, user.password, true)).toEqual({
      digest: expect.stringContaining(";/en/login/second-step;"),
    });
    expect(sessionCookie()).toBeUndefined();
    expect(pendingCookie()!.options).toMatchObject({ httpOnly: true, maxAge: 300, sameSite: "lax" });
    expect(await db.signInSession.count({ where: { userId: user.id, mfa: false, ip: { not: null } } })).toBe(
      0,
    );

    const wrong = await outcome(completeSecondStepAction({ code: "123456" }));
    expect(wrong.result).toMatchObject({
      ok: false,
      fieldErrors: { code: expect.stringMatching(/not correct/) },
    });
    expect(sessionCookie()).toBeUndefined();

    const done = await outcome(
      completeSecondStepAction({ code: totpCode(secret), callbackUrl: "/en/account" }),
    );
    expect(done).toEqual({ digest: expect.stringContaining(";/en/account;") });
    const claims = await decodeSessionCookie(sessionCookie()!.value);
    expect(claims).toMatchObject({ sub: user.id, rem: true });
    const session = await db.signInSession.findUniqueOrThrow({ where: { id: claims!.sid } });
    expect(session).toMatchObject({ mfa: true, remember: true });
    const audits = await db.auditLog.findMany({
      where: { targetId: user.id, action: { startsWith: "signin." } },
      orderBy: { id: "asc" },
    });
    expect(audits.map((a) => a.action)).toEqual(["signin.second_step", "signin.failure", "signin.success"]);
    expect(audits[1]!.details).toMatchObject({ reason: "wrong_code" });
  });

  it("rejects a replayed pending cookie and a reused code", async () => {
    const { user, secret } = await userWithTotp();
    await passwordStep(user.email, user.password);
    const pending = pendingCookie()!.value;
    const code = totpCode(secret);
    await outcome(completeSecondStepAction({ code }));
    expect(sessionCookie()).toBeDefined();

    // The same cookie again (replayed from another request): already used.
    newRequest(freshIp());
    request.cookies.set("portal.pending-signin", { value: pending });
    expect((await outcome(completeSecondStepAction({ code: totpCode(secret) }))).result).toMatchObject({
      ok: false,
      expired: true,
    });
    expect(sessionCookie()).toBeUndefined();

    // A fresh password step, but the code already used: rejected as a replay.
    newRequest(freshIp());
    await passwordStep(user.email, user.password);
    expect((await outcome(completeSecondStepAction({ code }))).result).toMatchObject({
      ok: false,
      fieldErrors: { code: expect.any(String) },
    });
    expect(sessionCookie()).toBeUndefined();
  });

  it("rejects an expired or forged pending cookie", async () => {
    const { user, secret } = await userWithTotp();
    await passwordStep(user.email, user.password);
    const pending = pendingCookie()!.value;
    advanceClock(5 * MINUTE + 1000);
    expect((await outcome(completeSecondStepAction({ code: totpCode(secret) }))).result).toMatchObject({
      ok: false,
      expired: true,
    });
    setClockOffset(0);
    // Changing the payload (another user id) breaks the signature.
    const [payload, mac] = pending.split(".");
    const data = JSON.parse(Buffer.from(payload!, "base64url").toString());
    const forged = Buffer.from(JSON.stringify({ ...data, userId: "someone-else" })).toString("base64url");
    request.cookies.set("portal.pending-signin", { value: `${forged}.${mac}` });
    expect((await outcome(completeSecondStepAction({ code: totpCode(secret) }))).result).toMatchObject({
      expired: true,
    });
  });

  it("accepts a recovery code once and e-mails the user", async () => {
    const { user, codes } = await userWithTotp();
    await passwordStep(user.email, user.password);
    await outcome(completeSecondStepAction({ code: codes[3]!.toUpperCase() }));
    expect(sessionCookie()).toBeDefined();
    newRequest(freshIp());
    await passwordStep(user.email, user.password);
    expect((await outcome(completeSecondStepAction({ code: codes[3]! }))).result).toMatchObject({
      ok: false,
    });
    expect(sessionCookie()).toBeUndefined();
    expect(await auditActions(user.id)).toContain("mfa.recovery_code_used");
    const mail = await db.emailOutbox.findFirst({
      where: { to: user.email, subject: { contains: "recovery code was used" } },
    });
    expect(mail).not.toBeNull();
  });

  it("still asks for the second factor after a password reset", async () => {
    const { user, secret } = await userWithTotp();
    const owner = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: PASSWORD_OWNER_SELECT });
    await db.$transaction((tx) =>
      applyNewPassword(tx, { user: owner, password: "a brand new long password", action: "password.reset" }),
    );
    expect(await passwordStep(user.email, "a brand new long password")).toEqual({
      digest: expect.stringContaining(";/en/login/second-step;"),
    });
    expect(sessionCookie()).toBeUndefined();
    await outcome(completeSecondStepAction({ code: totpCode(secret) }));
    expect(sessionCookie()).toBeDefined();
  });
});

describe("staff and lost factors", () => {
  it("sends staff without a second factor to set one up, from pages and staff actions alike", async () => {
    // A staff account of its own (removed again: other tests count the demo staff).
    const created = await createUser();
    const staff = await db.user
      .update({ where: { id: created.id }, data: { role: "SUPPORT" } })
      .then((u) => ({
        ...u,
        password: created.password,
      }));
    try {
      await passwordStep(staff.username, staff.password);
      request.headers.set("cookie", `portal.session=${sessionCookie()!.value}`);
      for (const guard of [() => requireRole("ADMIN", "SUPPORT"), () => requireStaffWithMfa()])
        expect(await outcome(guard())).toEqual({
          digest: expect.stringContaining(";/en/account/security/enrol?required=1;"),
        });
      const enrolment = (await pendingTotpEnrolment(staff.id, staff.username))!;
      const claims = await decodeSessionCookie(sessionCookie()!.value);
      await confirmTotp(
        { userId: staff.id, sessionId: claims!.sid, ip: "10.0.0.1" },
        totpCode(enrolment.secret),
      );
      expect(await outcome(requireStaffWithMfa())).toMatchObject({
        result: { id: staff.id, role: "SUPPORT", hasSecondFactor: true },
      });
    } finally {
      await db.user.delete({ where: { id: staff.id } });
    }
  });

  it("ends a staff sign-in from before the second factor existed once it is set up elsewhere", async () => {
    const created = await createUser();
    const staff = await db.user.update({ where: { id: created.id }, data: { role: "ADMIN" } });
    try {
      // Browser A signs in with the password alone, while the account has no second factor.
      await passwordStep(staff.username, created.password);
      const before = sessionCookie()!.value;
      const stale = (await decodeSessionCookie(before))!.sid;
      // Browser B signs in and sets up the authenticator app.
      newRequest(freshIp());
      await passwordStep(staff.username, created.password);
      const enrolled = sessionCookie()!.value;
      const enrolment = (await pendingTotpEnrolment(staff.id, staff.username))!;
      const sid = (await decodeSessionCookie(enrolled))!.sid;
      await confirmTotp({ userId: staff.id, sessionId: sid, ip: "10.0.0.1" }, totpCode(enrolment.secret));

      // Browser A: not even the pages that add a factor (a password alone could add its own);
      // the session ends and the browser must sign in again, now with the second step.
      newRequest(freshIp());
      request.headers.set("cookie", `portal.session=${before}`);
      expect(await outcome(requireUser({ allowMissingSecondFactor: true }))).toEqual({
        digest: expect.stringContaining(";/en/login?again=1;"),
      });
      expect((await db.signInSession.findUniqueOrThrow({ where: { id: stale } })).revokedAt).not.toBeNull();
      expect(await auditActions(staff.id)).toContain("session.ended_without_second_step");
      expect(await outcome(requireStaffWithMfa())).toEqual({
        digest: expect.stringContaining(";/en/login;"),
      });

      // Browser B, which passed the factor, keeps working.
      newRequest(freshIp());
      request.headers.set("cookie", `portal.session=${enrolled}`);
      expect(await outcome(requireStaffWithMfa())).toMatchObject({
        result: { id: staff.id, role: "ADMIN", sessionMfa: true },
      });
    } finally {
      await db.user.delete({ where: { id: staff.id } });
    }
  });

  it("lets customer care remove every factor: audited, e-mailed, sessions ended, password alone works again", async () => {
    const { user } = await userWithTotp();
    const session = await db.signInSession.findFirstOrThrow({ where: { userId: user.id } });
    await removeAllFactors({ staffId: "staff-1", userId: user.id, ip: "10.0.0.9", reason: "phone lost" });
    expect(await db.totpFactor.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.recoveryCode.count({ where: { userId: user.id } })).toBe(0);
    expect(
      (await db.signInSession.findUniqueOrThrow({ where: { id: session.id } })).revokedAt,
    ).not.toBeNull();
    const entry = await db.auditLog.findFirstOrThrow({
      where: { targetId: user.id, action: "mfa.factors_removed_by_staff" },
    });
    expect(entry).toMatchObject({
      actorId: "staff-1",
      details: { totp: 1, recoveryCodes: 10, reason: "phone lost" },
    });
    expect(
      await db.emailOutbox.count({
        where: { to: user.email, subject: { contains: "second factors were removed" } },
      }),
    ).toBe(1);
    expect(await passwordStep(user.email, user.password)).toEqual({
      digest: expect.stringContaining(";/en/dashboard;"),
    });
  });
});
