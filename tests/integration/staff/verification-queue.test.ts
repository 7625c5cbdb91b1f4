import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { DAY, HOUR, setClockOffset } from "@/lib/clock";
import { getPendingSummary, getQueueFacets, getVerificationQueue } from "@/lib/dal/staff/verification-queue";
import { getVerificationDetail } from "@/lib/dal/staff/verification-detail";
import type { StaffActor } from "@/lib/dal/staff/actor";
import { makeUser, staffActors, leaveDatabaseTidy } from "./fixtures";

afterAll(() => leaveDatabaseTidy());

let support: StaffActor;
const company = `Queue Works ${Date.now()}`;
const ago = (ms: number) => new Date(Date.now() - ms);

beforeAll(async () => {
  ({ support } = await staffActors());
});
afterEach(() => setClockOffset(0));

describe("verification queue", () => {
  it("lists accounts waiting for review oldest first, with how long each has waited", async () => {
    const newest = await makeUser({ company, statusChangedAt: ago(1 * HOUR) });
    const oldest = await makeUser({ company, statusChangedAt: ago(3 * DAY) });
    const middle = await makeUser({ company, statusChangedAt: ago(1 * DAY) });
    await makeUser({ company, status: "ACTIVE" });
    await makeUser({ company, status: "PENDING_EMAIL" });

    const page = await getVerificationQueue({ actor: support, filters: { company } });
    expect(page.total).toBe(3);
    expect(page.rows.map((r) => r.id)).toEqual([oldest.id, middle.id, newest.id]);
    expect(page.rows[0]!.waitingMs).toBeGreaterThanOrEqual(3 * DAY - 1000);
    expect(page.rows[0]!.waitingMs).toBeLessThan(3 * DAY + 60_000);

    // The clock, not the wall, says how long: a day later everyone has waited a day more.
    setClockOffset(DAY);
    const later = await getVerificationQueue({ actor: support, filters: { company } });
    expect(later.rows[0]!.waitingMs).toBeGreaterThanOrEqual(4 * DAY - 1000);
  });

  it("filters by reason, country, company, e-mail domain and date, and searches", async () => {
    const c = `${company} Filters`;
    const a = await makeUser({
      company: c,
      reviewReason: "free_mail_provider",
      country: "ES",
      email: `ana.${Date.now()}@gmail.com`,
      firstName: "Ana",
      lastName: "Ortega",
      statusChangedAt: ago(10 * DAY),
    });
    const b = await makeUser({
      company: c,
      reviewReason: "serial_other_company",
      country: "DE",
      serials: ["CG201B"],
      statusChangedAt: ago(2 * DAY),
    });
    const ids = async (filters: Parameters<typeof getVerificationQueue>[0]["filters"]) =>
      (await getVerificationQueue({ actor: support, filters: { company: c, ...filters } })).rows.map(
        (r) => r.id,
      );

    expect(await ids({ reason: "free_mail_provider" })).toEqual([a.id]);
    expect(await ids({ country: "de" })).toEqual([b.id]);
    expect(await ids({ domain: "gmail.com" })).toEqual([a.id]);
    expect(await ids({ domain: "@GMAIL.com" })).toEqual([a.id]);
    expect(await ids({ from: ago(5 * DAY) })).toEqual([b.id]);
    expect(await ids({ to: ago(5 * DAY) })).toEqual([a.id]);
    expect(await ids({ q: "ortega" })).toEqual([a.id]);
    expect(await ids({ q: "ana ortega" })).toEqual([a.id]);
    expect(await ids({ q: "cg 201-b" })).toEqual([b.id]);
    expect(await ids({ q: "nobody-by-this-name" })).toEqual([]);
    expect(
      (await getVerificationQueue({ actor: support, filters: { company: c.toUpperCase() } })).total,
    ).toBe(2);
  });

  it("paginates on the server", async () => {
    const c = `${company} Paging`;
    for (let i = 0; i < 30; i++) await makeUser({ company: c, statusChangedAt: ago((30 - i) * HOUR) });
    const first = await getVerificationQueue({
      actor: support,
      filters: { company: c },
      page: 1,
      pageSize: 25,
    });
    const second = await getVerificationQueue({
      actor: support,
      filters: { company: c },
      page: 2,
      pageSize: 25,
    });
    expect(first).toMatchObject({ total: 30, pageCount: 2, page: 1, pageSize: 25 });
    expect(first.rows).toHaveLength(25);
    expect(second.rows).toHaveLength(5);
    expect(new Set([...first.rows, ...second.rows].map((r) => r.id)).size).toBe(30);
    // A page size nobody offers falls back to the default instead of loading everything.
    expect(
      (await getVerificationQueue({ actor: support, filters: { company: c }, pageSize: 100000 })).rows,
    ).toHaveLength(25);
  });

  it("counts what is pending and how long the oldest has waited", async () => {
    const before = await getPendingSummary({ actor: support });
    await makeUser({ company, statusChangedAt: ago(40 * DAY) });
    const after = await getPendingSummary({ actor: support });
    expect(after.count).toBe(before.count + 1);
    expect(after.oldestWaitingMs).toBeGreaterThanOrEqual(40 * DAY - 1000);
    const facets = await getQueueFacets({ actor: support });
    expect(facets.reasons.map((r) => r.value)).toContain("unknown_domain");
    expect(facets.countries.find((c) => c.value === "DE")!.count).toBeGreaterThan(0);
  });
});

describe("verification detail", () => {
  it("shows the registry's owner and domains of the serial, the e-mail domain's owner and a legacy match", async () => {
    const email = `lee.${Date.now()}@contoso-grid.example`;
    await db.legacyAccount.create({
      data: {
        email,
        firstName: "Lee",
        lastName: "Old",
        company: "Contoso Grid",
        country: "DE",
        serials: ["CG200A"],
        interests: [],
      },
    });
    const user = await makeUser({ email, serials: ["NW100A"], reviewReason: "serial_other_company" });
    const detail = (await getVerificationDetail({ actor: support, userId: user.id }))!;
    expect(detail.reviewReason).toBe("serial_other_company");
    expect(detail.emailDomain).toBe("contoso-grid.example");
    expect(detail.domainOwners).toEqual([{ domain: "contoso-grid.example", company: "Contoso Grid" }]);
    expect(detail.devices).toEqual([
      expect.objectContaining({
        serial: "NW100A",
        owner: { name: "Northwind Energy", domains: ["northwind-energy.example", "northwind.example"] },
        domainMatches: false,
      }),
    ]);
    expect(detail.legacy).toMatchObject({ email, company: "Contoso Grid", migratedAt: null });
    expect(detail.waitingMs).not.toBeNull();
  });

  it("finds the owning company of a sub-domain and says when the serial has no owner", async () => {
    const user = await makeUser({
      email: `kim.${Date.now()}@mail.northwind.example`,
      serials: ["XX900Z"],
      reviewReason: "serial_without_company",
    });
    const detail = (await getVerificationDetail({ actor: support, userId: user.id }))!;
    expect(detail.domainOwners.map((d) => d.company)).toEqual(["Northwind Energy"]);
    expect(detail.devices[0]).toMatchObject({ serial: "XX900Z", owner: null, domainMatches: false });
    expect(detail.legacy).toBeNull();
    expect(await getVerificationDetail({ actor: support, userId: "no-such-user" })).toBeNull();
  });
});
