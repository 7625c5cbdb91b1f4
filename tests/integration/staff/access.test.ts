import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { StaffError, type StaffActor } from "@/lib/dal/staff/actor";
import { getPendingSummary, getQueueFacets, getVerificationQueue } from "@/lib/dal/staff/verification-queue";
import { getVerificationDetail } from "@/lib/dal/staff/verification-detail";
import { approveRegistrations, rejectRegistrations } from "@/lib/dal/staff/decide-registration";
import { searchUsers } from "@/lib/dal/staff/user-search";
import { getUserDetail } from "@/lib/dal/staff/user-detail";
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
import { unlockUser } from "@/lib/dal/staff/unlock-user";
import { exportDevicesCsv, getDevice, listDevices, saveDevice } from "@/lib/dal/staff/device-registry";
import { importDevices, previewDeviceImport } from "@/lib/dal/staff/device-import";
import { importLegacyAccounts, listLegacyAccounts } from "@/lib/dal/staff/legacy-accounts";
import { auditActions, queryAuditLog } from "@/lib/dal/staff/audit-log";
import { makeUser, staffActors, leaveDatabaseTidy } from "./fixtures";

afterAll(() => leaveDatabaseTidy());

let actors: Awaited<ReturnType<typeof staffActors>>;
let target: Awaited<ReturnType<typeof makeUser>>;
beforeAll(async () => {
  actors = await staffActors();
  target = await makeUser({ status: "PENDING_REVIEW" });
});

const csv = "serial,product,company,domains\nZZ100A,relay-tester,Denied Corp,denied.example\n";
const reason = "trying without the role";

// Every staff query and command, as a function of who calls it.
const everything: Record<string, (a: StaffActor) => Promise<unknown>> = {
  queue: (actor) => getVerificationQueue({ actor }),
  pendingSummary: (actor) => getPendingSummary({ actor }),
  facets: (actor) => getQueueFacets({ actor }),
  detail: (actor) => getVerificationDetail({ actor, userId: target.id }),
  approve: (actor) => approveRegistrations({ actor, userIds: [target.id] }),
  reject: (actor) => rejectRegistrations({ actor, userIds: [target.id], reason: "other", note: "x" }),
  searchUsers: (actor) => searchUsers({ actor }),
  userDetail: (actor) => getUserDetail({ actor, userId: target.id }),
  changeEmail: (actor) =>
    changeUserEmail({ actor, userId: target.id, newEmail: "taken-over@example.org", reason }),
  temporaryPassword: (actor) => assignTemporaryPassword({ actor, userId: target.id, reason }),
  resendConfirmation: (actor) => resendConfirmationEmail({ actor, userId: target.id, reason }),
  confirmByHand: (actor) => confirmEmailByHand({ actor, userId: target.id, reason }),
  disable: (actor) => disableUser({ actor, userId: target.id, reason }),
  enable: (actor) => enableUser({ actor, userId: target.id, reason }),
  signOut: (actor) => signOutEverywhere({ actor, userId: target.id, reason }),
  unlock: (actor) => unlockUser({ actor, userId: target.id, reason }),
  changeRole: (actor) => changeUserRole({ actor, userId: target.id, role: "ADMIN", reason }),
  listDevices: (actor) => listDevices({ actor }),
  getDevice: (actor) => getDevice({ actor, serial: "NW100A" }),
  saveDevice: (actor) =>
    saveDevice({ actor, mode: "create", input: { serial: "ZZ101A", product: "relay-tester" } }),
  exportDevices: (actor) => exportDevicesCsv({ actor }),
  previewDevices: (actor) => previewDeviceImport({ actor, text: csv }),
  importDevices: (actor) => importDevices({ actor, text: csv, mode: "all" }),
  importLegacy: (actor) =>
    importLegacyAccounts({
      actor,
      mode: "all",
      text: "email,first_name,last_name,company,country\nx@denied.example,A,B,C,DE\n",
    }),
  listLegacy: (actor) => listLegacyAccounts({ actor }),
  auditLog: (actor) => queryAuditLog({ actor }),
  auditActions: (actor) => auditActions({ actor }),
};

const ADMIN_ONLY = ["changeRole", "previewDevices", "importDevices", "importLegacy"];

async function snapshot() {
  return {
    user: await db.user.findUniqueOrThrow({ where: { id: target.id } }),
    audit: await db.auditLog.count(),
    outbox: await db.emailOutbox.count(),
    devices: await db.device.count(),
    legacy: await db.legacyAccount.count(),
    tokens: await db.oneTimeToken.count(),
  };
}

describe("staff access in the data layer", () => {
  it("refuses every staff query and command to a customer, and to a forged role, changing nothing", async () => {
    const before = await snapshot();
    const forged = { id: actors.customer.id, role: "OWNER" } as unknown as StaffActor;
    for (const [name, call] of Object.entries(everything)) {
      for (const actor of [actors.customer, forged, null as unknown as StaffActor]) {
        await expect(call(actor), name).rejects.toEqual(new StaffError("denied"));
      }
    }
    expect(await snapshot()).toEqual(before);
  });

  it("keeps role management and bulk imports for admins", async () => {
    const before = await snapshot();
    for (const name of ADMIN_ONLY)
      await expect(everything[name]!(actors.support), name).rejects.toEqual(new StaffError("denied"));
    expect(await snapshot()).toEqual(before);
  });

  it("lets support act on customer accounts only, never on staff accounts", async () => {
    const colleague = await makeUser({ role: "ADMIN", status: "ACTIVE" });
    for (const call of [
      () => assignTemporaryPassword({ actor: actors.support, userId: colleague.id, reason }),
      () => changeUserEmail({ actor: actors.support, userId: colleague.id, newEmail: "x@y.example", reason }),
      () => disableUser({ actor: actors.support, userId: colleague.id, reason }),
      () => signOutEverywhere({ actor: actors.support, userId: colleague.id, reason }),
    ])
      await expect(call()).rejects.toEqual(new StaffError("denied"));
    const after = await db.user.findUniqueOrThrow({ where: { id: colleague.id } });
    expect(after).toEqual(colleague);
    // An admin may.
    await expect(signOutEverywhere({ actor: actors.admin, userId: colleague.id, reason })).resolves.toEqual({
      revoked: 0,
    });
  });

  it("lets support and admins use everything else", async () => {
    for (const [name, call] of Object.entries(everything)) {
      if (ADMIN_ONLY.includes(name) || ["approve", "reject", "enable", "disable"].includes(name)) continue;
      if (["confirmByHand", "resendConfirmation"].includes(name)) continue; // need PENDING_EMAIL
      await expect(call(actors.support), name).resolves.not.toThrow();
    }
  });
});
