import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { DAY, HOUR } from "@/lib/clock";
import { verifyPassword } from "@/lib/auth/password";
import { failureKey, failureState, LOCK_AFTER_FAILURES, recordFailure } from "@/lib/auth/signin-throttle";
import { issueToken, lookupToken } from "@/lib/tokens";
import { StaffError, type StaffActor } from "@/lib/dal/staff/actor";
import { changeUserEmail } from "@/lib/dal/staff/change-user-email";
import { assignTemporaryPassword } from "@/lib/dal/staff/assign-temporary-password";
import {
  changeUserRole,
  confirmEmailByHand,
  disableUser,
  enableUser,
  resendConfirmationEmail,
  signOutEverywhere,
} from "@/lib/dal/staff/account-commands";
import { approveRegistrations } from "@/lib/dal/staff/decide-registration";
import { unlockUser } from "@/lib/dal/staff/unlock-user";
import { auditFor, makeUser, outboxTo, staffActors, leaveDatabaseTidy } from "./fixtures";

afterAll(() => leaveDatabaseTidy());

let admin: StaffActor;
let support: StaffActor;
beforeAll(async () => {
  ({ admin, support } = await staffActors());
});

const reason = "Customer asked by phone, ticket 4711";
const liveSession = (userId: string) =>
  db.signInSession.create({ data: { userId, expiresAt: new Date(Date.now() + 12 * HOUR) } });
const openSessions = (userId: string) => db.signInSession.count({ where: { userId, revokedAt: null } });

describe("change e-mail (FAQ 2.4)", () => {
  it("updates the address, notifies old and new, ends sessions, kills old links, audits with the reason", async () => {
    const user = await makeUser({ status: "ACTIVE", locale: "de" });
    await liveSession(user.id);
    const reset = await db.$transaction((tx) =>
      issueToken(tx, { userId: user.id, purpose: "PASSWORD_RESET", ttlMs: HOUR }),
    );
    const newEmail = `New.Address.${Date.now()}@Example.org`;

    await changeUserEmail({ actor: support, userId: user.id, newEmail, reason, ip: "198.51.100.2" });

    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.email).toBe(newEmail.toLowerCase());
    expect(after.sessionVersion).toBe(user.sessionVersion + 1);
    expect(await openSessions(user.id)).toBe(0);
    expect((await lookupToken(reset.token, "PASSWORD_RESET")).state).toBe("expired");
    const [toOld] = await outboxTo(user.email);
    const [toNew] = await outboxTo(newEmail.toLowerCase());
    expect(toOld!.template).toBe("staff-email-changed-old");
    expect(toOld!.text).toContain(newEmail.toLowerCase());
    expect(toNew!.template).toBe("staff-email-changed-new");
    expect(toNew!.subject).toContain("Dies ist jetzt die E-Mail-Adresse");
    const [entry] = await auditFor(user.id, "staff.user.email_changed");
    expect(entry).toMatchObject({ actorId: support.id, ip: "198.51.100.2" });
    expect(entry!.details).toMatchObject({ reason, from: user.email, to: newEmail.toLowerCase() });
  });

  it("refuses an address another account has, and changes nothing", async () => {
    const user = await makeUser({ status: "ACTIVE" });
    await expect(
      changeUserEmail({ actor: support, userId: user.id, newEmail: "customer@northwind.example", reason }),
    ).rejects.toEqual(new StaffError("emailTaken"));
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(user.email);
    expect(await auditFor(user.id, "staff.user.email_changed")).toHaveLength(0);
    expect(await outboxTo(user.email)).toHaveLength(0);
  });
});

describe("temporary password (FAQ 2.5)", () => {
  it("generates a strong password shown once, forces a change, ends sessions, never logs the password", async () => {
    const user = await makeUser({ status: "ACTIVE" });
    await liveSession(user.id);
    const { password } = await assignTemporaryPassword({ actor: support, userId: user.id, reason });
    expect(password).toMatch(/^([a-zA-Z2-9]{5}-){3}[a-zA-Z2-9]{5}$/);
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(after.passwordHash!, password)).toBe(true);
    expect(after.mustChangePassword).toBe(true);
    expect(after.sessionVersion).toBe(user.sessionVersion + 1);
    expect(await openSessions(user.id)).toBe(0);
    const [entry] = await auditFor(user.id, "staff.user.temporary_password");
    expect(JSON.stringify(entry!.details)).not.toContain(password);
    const [notice] = await outboxTo(user.email);
    expect(notice!.template).toBe("staff-temporary-password");
    expect(notice!.text).not.toContain(password);
    const again = await assignTemporaryPassword({ actor: support, userId: user.id, reason });
    expect(again.password).not.toBe(password);
  });
});

describe("confirmation e-mail (FAQ 1.6)", () => {
  it("resends a 14-day link that works while earlier ones stop", async () => {
    const user = await makeUser({ status: "PENDING_EMAIL", emailVerified: null, reviewReason: null });
    const old = await db.$transaction((tx) =>
      issueToken(tx, { userId: user.id, purpose: "EMAIL_VERIFICATION", ttlMs: 14 * DAY }),
    );
    const { expiresAt } = await resendConfirmationEmail({ actor: support, userId: user.id, reason });
    expect(expiresAt.getTime()).toBeGreaterThan(Date.now() + 14 * DAY - 60_000);
    const [mail] = await outboxTo(user.email);
    expect(mail!.template).toBe("registration.confirm");
    const token = mail!.text.match(/verify-email\?token=([A-Za-z0-9_-]{43})/)![1];
    expect((await lookupToken(token, "EMAIL_VERIFICATION")).state).toBe("valid");
    expect((await lookupToken(old.token, "EMAIL_VERIFICATION")).state).toBe("expired");
    expect(await auditFor(user.id, "staff.user.confirmation_resent")).toHaveLength(1);
  });

  it("confirms an address by hand: the activation rules decide, as if the link had been clicked", async () => {
    const review = await makeUser({ status: "PENDING_EMAIL", emailVerified: null, reviewReason: null });
    await confirmEmailByHand({ actor: support, userId: review.id, reason });
    const after = await db.user.findUniqueOrThrow({ where: { id: review.id } });
    expect(after).toMatchObject({ status: "PENDING_REVIEW", reviewReason: "serial_unknown" });
    expect(after.emailVerified).not.toBeNull();
    expect((await outboxTo(review.email)).map((m) => m.template)).toEqual(["registration.review"]);
    expect((await auditFor(review.id, "staff.user.email_confirmed"))[0]!.details).toMatchObject({
      reason,
      outcome: "PENDING_REVIEW",
      activationReason: "serial_unknown",
    });

    const matching = await makeUser({
      status: "PENDING_EMAIL",
      emailVerified: null,
      reviewReason: null,
      email: `hand.${Date.now()}@northwind.example`,
      serials: ["NW100A"],
    });
    await confirmEmailByHand({ actor: support, userId: matching.id, reason });
    expect((await db.user.findUniqueOrThrow({ where: { id: matching.id } })).status).toBe("ACTIVE");
    expect((await outboxTo(matching.email)).map((m) => m.template)).toEqual(["registration.activated"]);

    await expect(confirmEmailByHand({ actor: support, userId: review.id, reason })).rejects.toEqual(
      new StaffError("wrongStatus"),
    );
    await expect(resendConfirmationEmail({ actor: support, userId: review.id, reason })).rejects.toEqual(
      new StaffError("wrongStatus"),
    );
  });
});

describe("status and sessions", () => {
  it("disables (ending sessions) and re-enables an account", async () => {
    const user = await makeUser({ status: "ACTIVE" });
    await liveSession(user.id);
    await disableUser({ actor: support, userId: user.id, reason });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).status).toBe("DISABLED");
    expect(await openSessions(user.id)).toBe(0);
    await enableUser({ actor: support, userId: user.id, reason });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).status).toBe("ACTIVE");
    expect((await auditFor(user.id, "staff.user.disabled"))[0]!.details).toMatchObject({
      reason,
      previousStatus: "ACTIVE",
    });
    expect(await auditFor(user.id, "staff.user.enabled")).toHaveLength(1);
  });

  it("re-enabling never confirms an address nobody confirmed", async () => {
    const user = await makeUser({ status: "DISABLED", emailVerified: null });
    await enableUser({ actor: admin, userId: user.id, reason });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).status).toBe("PENDING_EMAIL");
  });

  it("signs out everywhere", async () => {
    const user = await makeUser({ status: "ACTIVE" });
    await liveSession(user.id);
    await liveSession(user.id);
    expect(await signOutEverywhere({ actor: support, userId: user.id, reason })).toEqual({ revoked: 2 });
    expect(await openSessions(user.id)).toBe(0);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).sessionVersion).toBe(
      user.sessionVersion + 1,
    );
  });

  it("unlocks an account blocked after failed sign-ins", async () => {
    const user = await makeUser({ status: "ACTIVE" });
    const key = failureKey(user.id, user.email);
    for (let i = 0; i < LOCK_AFTER_FAILURES; i++) await recordFailure(key);
    expect((await failureState(key)).locked).toBe(true);
    await unlockUser({ actor: support, userId: user.id, reason });
    expect(await failureState(key)).toMatchObject({ failures: 0, locked: false });
    expect(await auditFor(user.id, "staff.user.unlocked")).toHaveLength(1);
  });

  it("lets admins change roles, never their own, and ends the sessions that carried the old role", async () => {
    const user = await makeUser({ status: "ACTIVE" });
    await liveSession(user.id);
    await changeUserRole({ actor: admin, userId: user.id, role: "SUPPORT", reason });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).role).toBe("SUPPORT");
    expect(await openSessions(user.id)).toBe(0);
    expect((await auditFor(user.id, "staff.user.role_changed"))[0]!.details).toMatchObject({
      from: "CUSTOMER",
      to: "SUPPORT",
      reason,
    });
    await expect(
      changeUserRole({ actor: admin, userId: admin.id, role: "CUSTOMER", reason }),
    ).rejects.toEqual(new StaffError("self"));
  });

  it("re-approves a rejected account from the user page only", async () => {
    const user = await makeUser({ status: "REJECTED" });
    expect((await approveRegistrations({ actor: support, userIds: [user.id] })).done).toEqual([]);
    expect(
      (await approveRegistrations({ actor: support, userIds: [user.id], includeRejected: true })).done,
    ).toEqual([user.id]);
  });
});
