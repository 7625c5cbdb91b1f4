import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { MINUTE, advanceClock, setClockOffset } from "@/lib/clock";
import { completeSecondStepAction } from "@/lib/actions/complete-second-step-action";
import { decodeSessionCookie } from "@/lib/auth/session-cookie";
import { pendingTotpEnrolment } from "@/lib/security/totp";
import { confirmTotp, removeTotp, regenerateRecoveryCodes } from "@/lib/security/manage-factors";
import { applyNewPassword, PASSWORD_OWNER_SELECT } from "@/lib/auth/new-password";
import { createUser, freshIp } from "./support/auth-http";
import { newRequest, request } from "./support/next-request";
import {
  auditActions,
  outcome,
  passwordStep,
  pendingCookie,
  sessionCookie,
  totpCode,
  userWithTotp,
} from "./support/second-factor";

vi.mock("next/headers", () => import("./support/next-request").then((m) => m.nextHeadersMock));
vi.mock("next-intl/server", () => import("./support/next-request").then((m) => m.nextIntlServerMock));

beforeEach(() => newRequest(freshIp()));
afterEach(() => setClockOffset(0));

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
