import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { StaffActor } from "@/lib/dal/staff/actor";
import { importLegacyAccounts, listLegacyAccounts } from "@/lib/dal/staff/legacy-accounts";
import { makeUser, staffActors, leaveDatabaseTidy } from "./fixtures";

afterAll(() => leaveDatabaseTidy());

let admin: StaffActor;
let support: StaffActor;
beforeAll(async () => {
  ({ admin, support } = await staffActors());
});

const CSV = [
  "email,first_name,last_name,company,country,serials,interests",
  "Old.One@Legacy-Csv.example,Olga,One,Legacy Works,at,NW100A;ab 123-z,protection-testing cable-testing",
  '"old.two@legacy-csv.example","Otto","Two, Jr.","Legacy Works","DE","",""',
].join("\n");

const JSON_EXPORT = JSON.stringify({
  accounts: [
    {
      email: "j.one@legacy-json.example",
      firstName: "Jo",
      lastName: "One",
      company: "Json AG",
      country: "ES",
      serials: ["CG200A"],
      interests: ["power-quality"],
    },
    {
      email: "not-an-email",
      firstName: "",
      lastName: "Two",
      company: "Json AG",
      country: "ZZ",
      serials: ["bad"],
      interests: ["knitting"],
    },
  ],
});

describe("legacy customer-area import", () => {
  it("imports a CSV export, normalising addresses, countries, serials and interests; re-import changes nothing", async () => {
    const preview = await importLegacyAccounts({ actor: admin, text: CSV, mode: "preview" });
    expect(preview).toMatchObject({ format: "csv", lines: 2, errors: [], create: 2, applied: false });
    expect(await db.legacyAccount.count({ where: { email: { endsWith: "@legacy-csv.example" } } })).toBe(0);

    await importLegacyAccounts({ actor: admin, text: CSV, mode: "all", fileName: "old.csv" });
    expect(
      await db.legacyAccount.findUnique({ where: { email: "old.one@legacy-csv.example" } }),
    ).toMatchObject({
      firstName: "Olga",
      country: "AT",
      serials: ["NW100A", "AB123Z"],
      interests: ["protection-testing", "cable-testing"],
    });
    expect(
      await db.legacyAccount.findUnique({ where: { email: "old.two@legacy-csv.example" } }),
    ).toMatchObject({
      lastName: "Two, Jr.",
      serials: [],
    });

    const again = await importLegacyAccounts({ actor: admin, text: CSV, mode: "all" });
    expect(again).toMatchObject({ create: 0, update: 0, unchanged: 2, applied: true });
    const audit = await db.auditLog.findMany({
      where: { action: "staff.legacy.imported" },
      orderBy: { id: "asc" },
    });
    expect(audit.at(-2)!.details).toMatchObject({ fileName: "old.csv", format: "csv", created: 2 });
    expect(audit.at(-1)!.details).toMatchObject({ created: 0, unchanged: 2 });
  });

  it("imports JSON, reporting each bad entry by its position, valid ones only when asked", async () => {
    const all = await importLegacyAccounts({ actor: admin, text: JSON_EXPORT, mode: "all" });
    expect(all.applied).toBe(false);
    expect(all.format).toBe("json");
    expect(all.errors).toEqual([
      { line: 2, field: "email", code: "emailInvalid", value: "not-an-email" },
      { line: 2, field: "firstName", code: "required", value: undefined },
      { line: 2, field: "country", code: "countryInvalid", value: "ZZ" },
      { line: 2, field: "serials", code: "serialFormat", value: "bad" },
      { line: 2, field: "interests", code: "interestUnknown", value: "knitting" },
    ]);
    expect(await db.legacyAccount.count({ where: { email: { endsWith: "@legacy-json.example" } } })).toBe(0);
    const valid = await importLegacyAccounts({ actor: admin, text: JSON_EXPORT, mode: "valid" });
    expect(valid).toMatchObject({ applied: true, create: 1 });
    expect(await db.legacyAccount.count({ where: { email: { endsWith: "@legacy-json.example" } } })).toBe(1);
  });

  it("leaves migrated accounts alone on re-import", async () => {
    const email = "migrated@legacy-csv.example";
    await db.legacyAccount.create({
      data: {
        email,
        firstName: "Mia",
        lastName: "Moved",
        company: "New Co",
        country: "DE",
        migratedAt: new Date(),
      },
    });
    const text = `email,firstname,lastname,company,country\n${email},Mia,Old,Old Co,DE\n`;
    expect(await importLegacyAccounts({ actor: admin, text, mode: "all" })).toMatchObject({ unchanged: 1 });
    expect(await db.legacyAccount.findUnique({ where: { email } })).toMatchObject({ company: "New Co" });
  });

  it("rejects broken files as a whole", async () => {
    expect((await importLegacyAccounts({ actor: admin, text: "[{", mode: "preview" })).errors[0]!.code).toBe(
      "jsonInvalid",
    );
    expect(
      (
        await importLegacyAccounts({ actor: admin, text: "email,company\nx@y.example,Z\n", mode: "preview" })
      ).errors.map((e) => e.value),
    ).toEqual(["firstName", "lastName"]);
    expect(
      (await importLegacyAccounts({ actor: admin, text: "a,b\n".repeat(20_002), mode: "preview" })).errors[0]!
        .code,
    ).toBe("tooManyLines");
  });
});

describe("legacy account list", () => {
  it("shows each account's migration state and filters by it", async () => {
    const tag = Date.now();
    const emails = ["none", "registered", "migrated"].map((s) => `${s}.${tag}@legacy-list.example`);
    for (const email of emails)
      await db.legacyAccount.create({
        data: { email, firstName: "L", lastName: "List", company: "List Co", country: "DE" },
      });
    await makeUser({ email: emails[1], status: "PENDING_EMAIL" });
    const migrated = await makeUser({ email: emails[2], status: "ACTIVE" });
    await db.legacyAccount.update({
      where: { email: emails[2] },
      data: { migratedAt: new Date(), userId: migrated.id },
    });

    const page = await listLegacyAccounts({ actor: support, q: `${tag}` });
    expect(page.rows.map((r) => [r.email, r.state])).toEqual([
      [emails[2], "migrated"],
      [emails[0], "notRegistered"],
      [emails[1], "registered"],
    ]);
    expect(
      (await listLegacyAccounts({ actor: support, q: `${tag}`, state: "migrated" })).rows.map((r) => r.email),
    ).toEqual([emails[2]]);
    expect((await listLegacyAccounts({ actor: support, q: `${tag}`, state: "notRegistered" })).total).toBe(2);
  });
});
