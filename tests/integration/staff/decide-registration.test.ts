import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { approveRegistrations, rejectRegistrations } from "@/lib/dal/staff/decide-registration";
import type { StaffActor } from "@/lib/dal/staff/actor";
import { auditFor, makeUser, outboxTo, staffActors, leaveDatabaseTidy } from "./fixtures";

afterAll(() => leaveDatabaseTidy());

let support: StaffActor;
beforeAll(async () => {
  ({ support } = await staffActors());
});

describe("approving and rejecting registrations", () => {
  it("approves: the account is active, the user is e-mailed in their language, the decision is audited", async () => {
    const user = await makeUser({ locale: "de", firstName: "Jana" });
    const result = await approveRegistrations({ actor: support, userIds: [user.id], ip: "203.0.113.7" });
    expect(result).toEqual({ done: [user.id], skipped: [] });

    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after).toMatchObject({ status: "ACTIVE", rejectionReason: null });
    expect(after.activatedAt).not.toBeNull();

    const [mail] = await outboxTo(user.email);
    expect(mail).toMatchObject({ template: "staff-registration-approved", locale: "de", status: "PENDING" });
    expect(mail!.subject).toContain("wurde freigegeben");
    expect(mail!.text).toContain("Hallo Jana");
    expect(mail!.text).toMatch(/http:\/\/localhost:3100\/de\/login/);

    const [entry] = await auditFor(user.id, "staff.registration.approved");
    expect(entry).toMatchObject({ actorId: support.id, ip: "203.0.113.7" });
  });

  it("rejects with a reason from the list: the account cannot be used, the e-mail gives the reason and note", async () => {
    const user = await makeUser({ locale: "es" });
    await db.signInSession.create({ data: { userId: user.id, expiresAt: new Date(Date.now() + 3_600_000) } });
    await rejectRegistrations({
      actor: support,
      userIds: [user.id],
      reason: "unverifiable_company",
      note: "Envíenos su número de cliente.",
    });
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after).toMatchObject({
      status: "REJECTED",
      rejectionReason: "unverifiable_company",
      rejectionNote: "Envíenos su número de cliente.",
      sessionVersion: user.sessionVersion + 1,
    });
    expect(await db.signInSession.count({ where: { userId: user.id, revokedAt: null } })).toBe(0);
    const [mail] = await outboxTo(user.email);
    expect(mail!.template).toBe("staff-registration-rejected");
    expect(mail!.text).toContain("No hemos podido confirmar que trabaja para la empresa indicada.");
    expect(mail!.text).toContain("Envíenos su número de cliente.");
    const [entry] = await auditFor(user.id, "staff.registration.rejected");
    expect(entry!.details).toMatchObject({ reason: "unverifiable_company" });
  });

  it("decides each account once, even when two reviewers act at the same time", async () => {
    const user = await makeUser();
    const [a, b] = await Promise.all([
      approveRegistrations({ actor: support, userIds: [user.id] }),
      rejectRegistrations({ actor: support, userIds: [user.id], reason: "not_a_customer" }),
    ]);
    expect(a.done.length + b.done.length).toBe(1);
    expect((await outboxTo(user.email)).length).toBe(1);
  });

  it("handles a selection in bulk and skips what is no longer waiting", async () => {
    const waiting = [await makeUser(), await makeUser(), await makeUser()];
    const active = await makeUser({ status: "ACTIVE" });
    const result = await rejectRegistrations({
      actor: support,
      userIds: [...waiting.map((u) => u.id), active.id],
      reason: "duplicate_account",
    });
    expect(result.done.sort()).toEqual(waiting.map((u) => u.id).sort());
    expect(result.skipped).toEqual([active.id]);
    expect(await db.user.count({ where: { id: { in: waiting.map((u) => u.id) }, status: "REJECTED" } })).toBe(
      3,
    );
    expect(await outboxTo(active.email)).toHaveLength(0);
  });

  it("never approves a staff account through the queue", async () => {
    const staff = await makeUser({ role: "SUPPORT" });
    expect(await approveRegistrations({ actor: support, userIds: [staff.id] })).toEqual({
      done: [],
      skipped: [staff.id],
    });
  });
});
