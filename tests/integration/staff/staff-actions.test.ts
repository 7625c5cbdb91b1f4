import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { setClockOffset } from "@/lib/clock";
import { db } from "@/lib/db";
import { approveRegistrationsAction } from "@/lib/actions/approve-registrations-action";
import { rejectRegistrationsAction } from "@/lib/actions/reject-registrations-action";
import { changeUserEmailAction } from "@/lib/actions/change-user-email-action";
import { assignTemporaryPasswordAction } from "@/lib/actions/assign-temporary-password-action";
import { resendUserConfirmationAction } from "@/lib/actions/resend-user-confirmation-action";
import { confirmUserEmailAction } from "@/lib/actions/confirm-user-email-action";
import { unlockUserAction } from "@/lib/actions/unlock-user-action";
import { setUserDisabledAction } from "@/lib/actions/set-user-disabled-action";
import { signOutUserEverywhereAction } from "@/lib/actions/sign-out-user-everywhere-action";
import { changeUserRoleAction } from "@/lib/actions/change-user-role-action";
import { endUserSessionAction } from "@/lib/actions/end-user-session-action";
import { removeUserFactorsAction } from "@/lib/actions/remove-user-factors-action";
import { saveDeviceAction } from "@/lib/actions/save-device-action";
import { importDevicesAction } from "@/lib/actions/import-devices-action";
import { importLegacyAccountsAction } from "@/lib/actions/import-legacy-accounts-action";
import { freshIp } from "../support/auth-http";
import { signedInCustomer, signedInStaff } from "../support/second-factor";
import { newRequest, request } from "../support/next-request";
import { auditFor, leaveDatabaseTidy, makeUser } from "./fixtures";

vi.mock("next/headers", () => import("../support/next-request").then((m) => m.nextHeadersMock));
vi.mock("next-intl/server", () => import("../support/next-request").then((m) => m.nextIntlServerMock));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

beforeEach(() => newRequest(freshIp()));
// Setting up an authenticator moves the clock past the code it used.
afterEach(() => setClockOffset(0));
afterAll(() => leaveDatabaseTidy());

/** A customer signed in through the real sign-in action, or staff through both steps. */
const signInAs = (role?: "SUPPORT" | "ADMIN") => (role ? signedInStaff(role) : signedInCustomer());

const file = (text: string, name: string) => {
  const form = new FormData();
  form.set("file", new File([text], name, { type: "text/csv" }));
  form.set("mode", "all");
  return form;
};

// Every staff action, called as a browser (or a script) could call it, with valid input.
function everyAction(targetId: string) {
  const reason = "calling the endpoint directly";
  return {
    approve: () => approveRegistrationsAction({ userIds: [targetId] }),
    reject: () => rejectRegistrationsAction({ userIds: [targetId], reason: "not_a_customer" }),
    changeEmail: () => changeUserEmailAction({ userId: targetId, newEmail: "hijacked@evil.example", reason }),
    temporaryPassword: () => assignTemporaryPasswordAction({ userId: targetId, reason }),
    resendConfirmation: () => resendUserConfirmationAction({ userId: targetId, reason }),
    confirmEmail: () => confirmUserEmailAction({ userId: targetId, reason }),
    unlock: () => unlockUserAction({ userId: targetId, reason }),
    disable: () => setUserDisabledAction({ userId: targetId, reason, disabled: true }),
    signOut: () => signOutUserEverywhereAction({ userId: targetId, reason }),
    endSession: () => endUserSessionAction({ userId: targetId, sessionId: "any", reason }),
    removeFactors: () => removeUserFactorsAction({ userId: targetId, reason }),
    changeRole: () => changeUserRoleAction({ userId: targetId, role: "ADMIN", reason }),
    saveDevice: () => saveDeviceAction({ serial: "ZX100A", product: "relay-tester", mode: "create" }),
    importDevices: () => importDevicesAction(file("serial,product\nZX101A,relay-tester\n", "d.csv")),
    importLegacy: () =>
      importLegacyAccountsAction(
        file("email,firstname,lastname,company,country\nz@z.example,A,B,C,DE\n", "l.csv"),
      ),
  };
}

const digestOf = (p: Promise<unknown>) =>
  p.then(
    () => "completed",
    (e: { digest?: string }) => e.digest ?? String(e),
  );

async function snapshot(userId: string) {
  return {
    user: await db.user.findUniqueOrThrow({ where: { id: userId } }),
    audit: await db.auditLog.count({ where: { action: { startsWith: "staff." } } }),
    outbox: await db.emailOutbox.count(),
    devices: await db.device.count(),
    legacy: await db.legacyAccount.count(),
  };
}

describe("staff server actions called directly", () => {
  it("answer 404 to the signed-out and to customers, and change nothing", async () => {
    const target = await makeUser({ status: "PENDING_REVIEW" });
    const before = await snapshot(target.id);
    for (const who of ["anonymous", "customer"] as const) {
      newRequest(freshIp());
      if (who === "customer") await signInAs();
      for (const [name, call] of Object.entries(everyAction(target.id)))
        expect(await digestOf(call()), `${who} ${name}`).toMatch(/NEXT_HTTP_ERROR_FALLBACK;404/);
    }
    expect(await snapshot(target.id)).toEqual(before);
  });

  it("send staff whose sign-in passed no second factor to set one up first, and change nothing", async () => {
    const target = await makeUser({ status: "PENDING_REVIEW" });
    // An admin with a password alone: every action, admin-only ones included, stops at the door.
    const admin = await signedInCustomer();
    await db.user.update({ where: { id: admin.id }, data: { role: "ADMIN" } });
    const before = await snapshot(target.id);
    for (const [name, call] of Object.entries(everyAction(target.id)))
      expect(await digestOf(call()), name).toMatch(/;\/en\/account\/security\/enrol\?required=1;/);
    expect(await snapshot(target.id)).toEqual(before);
  });

  it("answer 404 to support for role management and imports", async () => {
    const target = await makeUser({ status: "ACTIVE" });
    await signInAs("SUPPORT");
    const before = await snapshot(target.id);
    const all = everyAction(target.id);
    for (const name of ["changeRole", "importDevices", "importLegacy"] as const)
      expect(await digestOf(all[name]()), name).toMatch(/404/);
    expect(await snapshot(target.id)).toEqual(before);
  });

  it("run for staff, recording who did it and from where", async () => {
    const target = await makeUser({ status: "ACTIVE" });
    const staff = await signInAs("SUPPORT");
    request.headers.set("x-forwarded-for", "203.0.113.99");
    expect(await unlockUserAction({ userId: target.id, reason: "Customer called, ticket 12" })).toEqual({
      ok: true,
      unlocked: true,
    });
    const [entry] = await auditFor(target.id, "staff.user.unlocked");
    expect(entry).toMatchObject({ actorId: staff.id, ip: "203.0.113.99" });
    expect(entry!.details).toMatchObject({ reason: "Customer called, ticket 12" });
  });

  it("end one browser and remove second factors for staff, each audited with the reason", async () => {
    const target = await makeUser({ status: "ACTIVE" });
    const expiresAt = new Date(Date.now() + 60 * 60 * 1000);
    const [one, other] = await Promise.all(
      [1, 2].map(() => db.signInSession.create({ data: { userId: target.id, expiresAt } })),
    );
    await db.recoveryCode.create({ data: { userId: target.id, codeHash: "x" } });
    const staff = await signInAs("SUPPORT");
    request.headers.set("x-forwarded-for", "203.0.113.98");

    const reason = "Lost phone, ticket 31";
    expect(await endUserSessionAction({ userId: target.id, sessionId: one!.id, reason })).toEqual({
      ok: true,
      ended: true,
    });
    const open = await db.signInSession.findMany({ where: { userId: target.id, revokedAt: null } });
    expect(open.map((x) => x.id)).toEqual([other!.id]);
    const [ended] = await auditFor(target.id, "staff.user.session_ended");
    expect(ended).toMatchObject({ actorId: staff.id, ip: "203.0.113.98" });
    expect(ended!.details).toMatchObject({ reason, sessionId: one!.id });
    // Ending it again changes nothing and says so.
    expect(await endUserSessionAction({ userId: target.id, sessionId: one!.id, reason })).toMatchObject({
      ok: false,
      formError: "This entry no longer exists.",
    });

    expect(await removeUserFactorsAction({ userId: target.id, reason })).toEqual({ ok: true, removed: true });
    expect(await db.recoveryCode.count({ where: { userId: target.id } })).toBe(0);
    expect(await db.signInSession.count({ where: { userId: target.id, revokedAt: null } })).toBe(0);
    const [removed] = await auditFor(target.id, "mfa.factors_removed_by_staff");
    expect(removed).toMatchObject({ actorId: staff.id, ip: "203.0.113.98" });
    expect(removed!.details).toMatchObject({ reason, recoveryCodes: 1 });
  });

  it("refuse support on staff accounts for the new security actions too", async () => {
    const admin = await makeUser({ status: "ACTIVE", role: "ADMIN" });
    await db.recoveryCode.create({ data: { userId: admin.id, codeHash: "x" } });
    await signInAs("SUPPORT");
    const denied = { ok: false, fieldErrors: {}, formError: "You may not do this for this account." };
    expect(await removeUserFactorsAction({ userId: admin.id, reason: "trying my luck" })).toEqual(denied);
    expect(
      await endUserSessionAction({ userId: admin.id, sessionId: "any", reason: "trying my luck" }),
    ).toEqual(denied);
    expect(await db.recoveryCode.count({ where: { userId: admin.id } })).toBe(1);
  });

  it("validate input first: a missing reason is a field error and nothing happens", async () => {
    const target = await makeUser({ status: "ACTIVE" });
    await signInAs("SUPPORT");
    expect(await setUserDisabledAction({ userId: target.id, reason: " ", disabled: true })).toEqual({
      ok: false,
      fieldErrors: { reason: "Please say why (at least 3 characters): it is kept in the audit log." },
    });
    expect(
      await changeUserEmailAction({
        userId: target.id,
        newEmail: "customer@northwind.example",
        reason: "ticket 7",
      }),
    ).toEqual({
      ok: false,
      fieldErrors: { newEmail: "Another account already uses this e-mail address." },
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: target.id } })).status).toBe("ACTIVE");
  });

  it("refuse support on staff accounts with a message, not an error page", async () => {
    const admin = await makeUser({ status: "ACTIVE", role: "ADMIN" });
    await signInAs("SUPPORT");
    expect(await assignTemporaryPasswordAction({ userId: admin.id, reason: "trying my luck" })).toEqual({
      ok: false,
      fieldErrors: {},
      formError: "You may not do this for this account.",
    });
  });

  it("import a file for admins and report line errors", async () => {
    await signInAs("ADMIN");
    const result = await importDevicesAction(
      file("serial,product\nZX102A,relay-tester\nbad,relay-tester\n", "x.csv"),
    );
    expect(result).toMatchObject({
      ok: true,
      summary: { applied: false, create: 1, errors: [{ line: 3, field: "serial", code: "serialFormat" }] },
    });
  });
});
