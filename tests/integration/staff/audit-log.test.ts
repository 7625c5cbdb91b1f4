import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import type { StaffActor } from "@/lib/dal/staff/actor";
import { AUDIT_PAGE_SIZE, auditActions, queryAuditLog } from "@/lib/dal/staff/audit-log";
import { disableUser } from "@/lib/dal/staff/account-commands";
import { makeUser, staffActors, leaveDatabaseTidy } from "./fixtures";

afterAll(() => leaveDatabaseTidy());

let support: StaffActor;
beforeAll(async () => {
  ({ support } = await staffActors());
});

describe("audit log view", () => {
  it("filters by action (or its prefix), actor and target e-mail, and shows people by address", async () => {
    const user = await makeUser({ status: "ACTIVE" });
    await audit({
      action: "signin.failure",
      targetId: user.id,
      ip: "192.0.2.1",
      details: { reason: "password" },
    });
    await audit({ action: "signin.blocked", targetId: user.id, ip: "192.0.2.1" });
    await disableUser({ actor: support, userId: user.id, reason: "Fraud suspected", ip: "192.0.2.9" });

    const byTarget = await queryAuditLog({ actor: support, filters: { target: user.email.toUpperCase() } });
    expect(byTarget.entries.map((e) => e.action)).toEqual([
      "staff.user.disabled",
      "signin.blocked",
      "signin.failure",
    ]);
    expect(byTarget.entries[0]).toMatchObject({
      actorEmail: "support@example.com",
      targetEmail: user.email,
      ip: "192.0.2.9",
    });
    const signins = await queryAuditLog({ actor: support, filters: { target: user.id, action: "signin." } });
    expect(signins.entries.map((e) => e.action)).toEqual(["signin.blocked", "signin.failure"]);
    const exact = await queryAuditLog({
      actor: support,
      filters: { target: user.id, action: "signin.failure" },
    });
    expect(exact.entries).toHaveLength(1);
    const byActor = await queryAuditLog({
      actor: support,
      filters: { actor: "support@example.com", target: user.id },
    });
    expect(byActor.entries.map((e) => e.action)).toEqual(["staff.user.disabled"]);
    expect(
      (await queryAuditLog({ actor: support, filters: { actor: "nobody@nowhere.example" } })).entries,
    ).toEqual([]);
    expect(await auditActions({ actor: support })).toEqual(
      expect.arrayContaining(["signin.blocked", "staff.user.disabled"]),
    );
  });

  it("filters by date and pages by keyset both ways", async () => {
    const user = await makeUser({ status: "ACTIVE" });
    for (let i = 0; i < AUDIT_PAGE_SIZE + 5; i++)
      await audit({ action: "test.paging", targetId: user.id, details: { i } });
    const filters = { target: user.id };
    const first = await queryAuditLog({ actor: support, filters });
    expect(first.entries).toHaveLength(AUDIT_PAGE_SIZE);
    expect(first.newerCursor).toBeUndefined();
    const second = await queryAuditLog({ actor: support, filters, before: first.olderCursor });
    expect(second.entries.map((e) => (e.details as { i: number }).i)).toEqual([4, 3, 2, 1, 0]);
    expect(second.olderCursor).toBeUndefined();
    const back = await queryAuditLog({ actor: support, filters, after: second.newerCursor });
    expect(back.entries.map((e) => e.id)).toEqual(first.entries.map((e) => e.id));

    const tomorrow = new Date(Date.now() + 86_400_000);
    expect(
      (await queryAuditLog({ actor: support, filters: { ...filters, from: tomorrow } })).entries,
    ).toEqual([]);
    expect(
      (await queryAuditLog({ actor: support, filters: { ...filters, to: new Date() } })).entries,
    ).toHaveLength(AUDIT_PAGE_SIZE);
  });

  it("cannot be changed: the staff data layer has no way to, and the database refuses", async () => {
    const [entry] = await db.auditLog.findMany({ take: 1 });
    await expect(db.auditLog.update({ where: { id: entry!.id }, data: { action: "x" } })).rejects.toThrow(
      /append-only/,
    );
    await expect(db.auditLog.deleteMany({})).rejects.toThrow(/append-only/);
  });
});
