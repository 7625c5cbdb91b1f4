import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { requestEmailChange, confirmEmailChange } from "@/lib/account/email-change";
import { deleteAccount } from "@/lib/account/delete-account";
import { addDevice, removeDevice } from "@/lib/account/devices";
import { updateInterests } from "@/lib/account/profile";
import { exportUserData } from "@/lib/account/export-data";
import { loadDashboard } from "@/lib/content/dashboard";
import { removeDeviceAction } from "@/lib/actions/remove-device-action";
import { createUser, freshIp } from "./support/auth-http";
import { newRequest } from "./support/next-request";
import { outcome, signedInCustomer } from "./support/second-factor";

vi.mock("next/headers", () => import("./support/next-request").then((m) => m.nextHeadersMock));
vi.mock("next-intl/server", () => import("./support/next-request").then((m) => m.nextIntlServerMock));

beforeEach(() => newRequest(freshIp()));

const changeToken = async (to: string) => {
  const mail = await db.emailOutbox.findFirstOrThrow({
    where: { to, template: "account.email-change" },
    orderBy: { createdAt: "desc" },
  });
  return mail.text.match(/confirm-email\?token=([A-Za-z0-9_-]{43})/)![1];
};

describe("changing one's own e-mail address", () => {
  it("takes effect only when the link to the new address is opened", async () => {
    const user = await createUser();
    const newEmail = `new-${user.username}@contoso-grid.example`;
    const session = await db.signInSession.create({
      data: { userId: user.id, expiresAt: new Date(Date.now() + 3_600_000) },
    });

    expect(await requestEmailChange({ userId: user.id, newEmail, password: "wrong password!" })).toEqual({
      ok: false,
      problem: "currentPasswordWrong",
    });
    expect(await requestEmailChange({ userId: user.id, newEmail, password: user.password })).toEqual({
      ok: true,
    });
    // Requested, not yet confirmed: nothing has changed, the old address was told.
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(user.email);
    expect(
      await db.emailOutbox.count({ where: { to: user.email, template: "account.email-change-notice" } }),
    ).toBe(1);

    const token = await changeToken(newEmail);
    expect(await confirmEmailChange(token)).toEqual({ ok: true, email: newEmail });
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.email).toBe(newEmail);
    expect(after.sessionVersion).toBe(user.sessionVersion + 1);
    expect(
      (await db.signInSession.findUniqueOrThrow({ where: { id: session.id } })).revokedAt,
    ).not.toBeNull();
    expect(await db.emailOutbox.count({ where: { to: user.email, template: "account.email-changed" } })).toBe(
      1,
    );
    // The link works once.
    expect(await confirmEmailChange(token)).toEqual({ ok: false });
  });

  it("does not take an address that another account got meanwhile", async () => {
    const user = await createUser();
    const newEmail = `race-${user.username}@contoso-grid.example`;
    await requestEmailChange({ userId: user.id, newEmail, password: user.password });
    const token = await changeToken(newEmail);
    await createUser({ email: newEmail } as never);
    expect(await confirmEmailChange(token)).toEqual({ ok: false });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(user.email);
  });

  it("answers alike for an address that has an account, without sending it a link", async () => {
    const [user, other] = [await createUser(), await createUser()];
    expect(
      await requestEmailChange({ userId: user.id, newEmail: other.email, password: user.password }),
    ).toEqual({
      ok: true,
    });
    expect(await db.emailOutbox.count({ where: { to: other.email } })).toBe(0);
  });
});

describe("deleting one's own account", () => {
  it("removes the personal data, keeps a pseudonymous audit trail and sends a notice", async () => {
    const user = await createUser();
    expect(await addDevice(user.id, "nw-100a")).toEqual({ ok: true });
    await updateInterests(user.id, { interests: ["protection-testing"] });
    await db.legacyAccount.create({
      data: {
        email: user.email,
        firstName: "K",
        lastName: "M",
        company: "N",
        country: "DE",
        userId: user.id,
      },
    });
    expect(await deleteAccount(user.id, "not my password")).toEqual({
      ok: false,
      problem: "currentPasswordWrong",
    });
    expect(await db.user.count({ where: { id: user.id } })).toBe(1);

    expect(await deleteAccount(user.id, user.password)).toEqual({ ok: true });
    expect(await db.user.count({ where: { id: user.id } })).toBe(0);
    expect(await db.userDevice.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.userInterest.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.legacyAccount.count({ where: { email: user.email } })).toBe(0);
    const notice = await db.emailOutbox.findMany({ where: { to: user.email } });
    expect(notice.map((m) => m.template)).toEqual(["account.deleted"]);

    const trail = await db.auditLog.findMany({ where: { targetId: user.id }, orderBy: { id: "asc" } });
    expect(trail.map((a) => a.action)).toContain("account.deleted");
    // Only ids remain: no address, name or username anywhere in the trail.
    const text = JSON.stringify(trail, (_, v) => (typeof v === "bigint" ? String(v) : v));
    for (const personal of [user.email, user.username, user.lastName]) expect(text).not.toContain(personal);
  });
});

describe("devices, interests and the dashboard", () => {
  it("adds devices like the registration, refuses duplicates, removes, and the dashboard follows", async () => {
    const user = await createUser({ country: "ES" } as never);
    expect(await addDevice(user.id, "ZZ1")).toEqual({ ok: false, problem: "serialFormat" });
    expect(await addDevice(user.id, "ZZ999Z")).toEqual({ ok: false, problem: "serialUnknown" });

    const empty = await loadDashboard(user.id, "de");
    expect(empty.hasChoices).toBe(false);

    expect(await addDevice(user.id, "CG200A")).toEqual({ ok: true });
    expect(await addDevice(user.id, "cg 200-a")).toEqual({ ok: false, problem: "deviceAlreadyAdded" });
    const withDevice = await loadDashboard(user.id, "de");
    expect(withDevice.updates.map((u) => u.title)).toEqual(["RT 200 Firmware 4.2"]);

    await updateInterests(user.id, { interests: ["protection-testing", "transformer-testing"] });
    const chosen = await loadDashboard(user.id, "es");
    // Same country (ES: Madrid) first, then by date.
    expect(chosen.events.map((e) => e.country)).toEqual(["ES", "DE"]);
    const filtered = await loadDashboard(user.id, "es", "protection-testing");
    expect(filtered.events.map((e) => e.country)).toEqual(["DE"]);

    expect(await removeDevice(user.id, "CG200A")).toBe(true);
    expect((await loadDashboard(user.id, "de")).updates).toEqual([]);
    const data = await exportUserData(user.id);
    expect(data.interests.map((i) => i.slug).sort()).toEqual(["protection-testing", "transformer-testing"]);
    expect(data.audit.map((a) => a.action)).toContain("account.device_removed");
    expect(JSON.stringify(data)).not.toContain("passwordHash");
  });
});

describe("removing a device on the account page", () => {
  const post = (serial: string) => {
    const form = new FormData();
    form.set("serial", serial);
    return outcome(removeDeviceAction(form));
  };

  it("says a device was removed only when one of the user's own was", async () => {
    const user = await signedInCustomer();
    const other = await createUser();
    expect(await addDevice(user.id, "CG200A")).toEqual({ ok: true });
    expect(await addDevice(other.id, "NW100A")).toEqual({ ok: true });
    const nothing = { digest: "NEXT_REDIRECT;replace;/en/account#devices;307;" };

    // Someone else's device, a serial the user never added, a value that is no serial.
    expect(await post("NW100A")).toEqual(nothing);
    expect(await post("RT300B")).toEqual(nothing);
    expect(await post("\u0000")).toEqual(nothing);
    expect(await db.userDevice.count({ where: { userId: other.id } })).toBe(1);

    expect(await post("CG200A")).toEqual({
      digest: "NEXT_REDIRECT;replace;/en/account?deviceRemoved=1#devices;307;",
    });
    expect(await db.userDevice.count({ where: { userId: user.id } })).toBe(0);
    expect(await post("CG200A")).toEqual(nothing);
  });
});
