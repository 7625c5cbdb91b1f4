import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { StaffActor } from "@/lib/dal/staff/actor";
import { searchUsers } from "@/lib/dal/staff/user-search";
import { getUserDetail } from "@/lib/dal/staff/user-detail";
import { disableUser } from "@/lib/dal/staff/account-commands";
import { leaveDatabaseTidy, makeUser, staffActors } from "./fixtures";

afterAll(() => leaveDatabaseTidy());

let support: StaffActor;
beforeAll(async () => {
  ({ support } = await staffActors());
});

describe("user search", () => {
  it("finds users by e-mail, username, name, company and serial, and filters by status and role", async () => {
    const tag = `${Date.now()}`.slice(-6);
    const user = await makeUser({
      status: "ACTIVE",
      email: `rosa.quintana.${tag}@search-works.example`,
      firstName: "Rosa",
      lastName: `Quintana${tag}`,
      company: `Search Works ${tag}`,
      serials: ["CG200A"],
    });
    const ids = async (q: string, extra = {}) =>
      (await searchUsers({ actor: support, filters: { q, ...extra } })).rows.map((r) => r.id);
    expect(await ids(user.email.toUpperCase())).toEqual([user.id]);
    expect(await ids(user.username)).toEqual([user.id]);
    expect(await ids(`quintana${tag}`)).toEqual([user.id]);
    expect(await ids(`rosa QUINTANA${tag}`)).toEqual([user.id]);
    expect(await ids(`works ${tag}`)).toEqual([user.id]);
    expect(await ids("cg 200-a")).toContain(user.id);
    expect(await ids(`quintana${tag}`, { status: "DISABLED" })).toEqual([]);
    expect(await ids(`quintana${tag}`, { role: "ADMIN" })).toEqual([]);
    expect(await ids("nobody-with-this-name")).toEqual([]);
    const all = await searchUsers({ actor: support, pageSize: 25 });
    expect(all.total).toBe(await db.user.count({ where: { deletedAt: null } }));
    expect(all.rows.map((r) => r.email)).toEqual([...all.rows.map((r) => r.email)].sort());
  });

  it("shows the user page with devices, sessions and the account's recent audit events", async () => {
    const user = await makeUser({ status: "ACTIVE", serials: ["NW101B"] });
    await disableUser({ actor: support, userId: user.id, reason: "Chargeback", ip: "192.0.2.44" });
    const detail = (await getUserDetail({ actor: support, userId: user.id }))!;
    expect(detail).toMatchObject({ status: "DISABLED", hasPassword: false, activeSessions: 0 });
    expect(detail.devices).toEqual([
      expect.objectContaining({ serial: "NW101B", company: "Northwind Energy" }),
    ]);
    expect(detail.events[0]).toMatchObject({
      action: "staff.user.disabled",
      actorEmail: "support@example.com",
      ip: "192.0.2.44",
      details: { reason: "Chargeback", previousStatus: "ACTIVE" },
    });
    expect(await getUserDetail({ actor: support, userId: "missing" })).toBeNull();
  });
});
