import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { StaffActor } from "@/lib/dal/staff/actor";
import { importDevices, previewDeviceImport } from "@/lib/dal/staff/device-import";
import { exportDevicesCsv, getDevice, listDevices, saveDevice } from "@/lib/dal/staff/device-registry";
import { parseCsv } from "@/lib/dal/staff/csv";
import { staffActors, leaveDatabaseTidy } from "./fixtures";

afterAll(() => leaveDatabaseTidy());

let admin: StaffActor;
let support: StaffActor;
beforeAll(async () => {
  ({ admin, support } = await staffActors());
});

const imports = () =>
  db.auditLog.findMany({ where: { action: "staff.devices.imported" }, orderBy: { id: "asc" } });

const GOOD = [
  "\uFEFFSerial Number;Product;Company;Domains",
  "ia 100-a;relay-tester;Import Alpha GmbH;alpha.example alpha-group.example",
  'IA101B;TA 50 Transformer Analyzer;"Import Alpha GmbH";"alpha.example"',
  "IA102C;cable-locator;;",
].join("\r\n");

const WITH_ERRORS = [
  "serial,product,company,domains",
  "IB100A,relay-tester,Import Beta,beta.example",
  "IB1,relay-tester,Import Beta,", // line 3: bad serial
  "IB101B,flux-capacitor,Import Beta,", // line 4: unknown product
  "IB102C,relay-tester,,beta.example", // line 5: domains without company
  "IB103D,relay-tester,Import Beta,not a domain!", // line 6: bad domain
  "ib100a,relay-tester,Import Beta,", // line 7: duplicate of line 2
  "IB104E,relay-tester,Import Beta,gmail.com", // line 8: a public e-mail provider
].join("\n");

describe("device registry import", () => {
  it("previews without writing, then imports a valid file; a re-import changes nothing", async () => {
    const preview = await previewDeviceImport({ actor: admin, text: GOOD });
    expect(preview).toMatchObject({
      lines: 3,
      errors: [],
      create: 3,
      update: 0,
      unchanged: 0,
      applied: false,
    });
    expect(await db.device.count({ where: { serial: { startsWith: "IA" } } })).toBe(0);

    const first = await importDevices({ actor: admin, text: GOOD, mode: "all", fileName: "alpha.csv" });
    expect(first).toMatchObject({ create: 3, applied: true });
    expect(await getDevice({ actor: support, serial: "IA100A" })).toMatchObject({
      product: { slug: "relay-tester" },
      company: "Import Alpha GmbH",
      domains: ["alpha-group.example", "alpha.example"],
    });
    expect(await getDevice({ actor: support, serial: "IA102C" })).toMatchObject({ company: null });

    const again = await importDevices({ actor: admin, text: GOOD, mode: "all" });
    expect(again).toMatchObject({ create: 0, update: 0, unchanged: 3, applied: true });
    expect(await db.company.count({ where: { name: "Import Alpha GmbH" } })).toBe(1);
    expect(await db.companyDomain.count({ where: { company: { name: "Import Alpha GmbH" } } })).toBe(2);
    const [audited] = (await imports()).slice(-2);
    expect(audited).toMatchObject({ actorId: admin.id });
    expect(audited!.details).toMatchObject({ fileName: "alpha.csv", mode: "all", created: 3, errors: 0 });
  });

  it("reports every bad line by number, and imports nothing in all-or-nothing mode", async () => {
    const before = (await imports()).length;
    const result = await importDevices({ actor: admin, text: WITH_ERRORS, mode: "all" });
    expect(result.applied).toBe(false);
    expect(result.errors).toEqual([
      { line: 3, field: "serial", code: "serialFormat", value: "IB1" },
      { line: 4, field: "product", code: "productUnknown", value: "flux-capacitor" },
      { line: 5, field: "domains", code: "domainsWithoutCompany" },
      { line: 6, field: "domains", code: "domainInvalid", value: "not" },
      { line: 7, field: "serial", code: "duplicateInFile", value: "2" },
      { line: 8, field: "domains", code: "domainFreeMail", value: "gmail.com" },
    ]);
    expect(await db.device.count({ where: { serial: { startsWith: "IB" } } })).toBe(0);
    expect(await imports()).toHaveLength(before);
  });

  it("imports only the valid lines when asked to", async () => {
    const result = await importDevices({ actor: admin, text: WITH_ERRORS, mode: "valid" });
    expect(result).toMatchObject({ applied: true, create: 1 });
    expect(result.errors).toHaveLength(6);
    expect(
      (await db.device.findMany({ where: { serial: { startsWith: "IB" } } })).map((d) => d.serial),
    ).toEqual(["IB100A"]);
  });

  it("updates a device whose owner changed, and says so in the preview", async () => {
    const moved = "serial,product,company,domains\nIA100A,relay-tester,Import Gamma,gamma.example\n";
    expect(await previewDeviceImport({ actor: admin, text: moved })).toMatchObject({ update: 1, create: 0 });
    await importDevices({ actor: admin, text: moved, mode: "all" });
    expect(await getDevice({ actor: admin, serial: "IA100A" })).toMatchObject({
      company: "Import Gamma",
      domains: ["gamma.example"],
    });
  });

  it("rejects files without the required columns, with a quote left open, or without data", async () => {
    expect((await previewDeviceImport({ actor: admin, text: "serial,company\nAB123Z,x\n" })).errors).toEqual([
      { line: 1, field: "file", code: "missingColumn", value: "product" },
    ]);
    expect((await previewDeviceImport({ actor: admin, text: 'serial,product\nAB123Z,"x\n' })).errors).toEqual(
      [{ line: 2, field: "file", code: "unclosedQuote" }],
    );
    expect((await previewDeviceImport({ actor: admin, text: "serial,product\n" })).errors).toEqual([
      { line: 1, field: "file", code: "fileEmpty" },
    ]);
  });
});

describe("device registry", () => {
  it("adds and edits one device, refusing a serial that exists", async () => {
    const added = await saveDevice({
      actor: support,
      mode: "create",
      input: { serial: "rg 300-a", product: "cable-locator", company: "Northwind Energy" },
    });
    expect(added).toEqual({ ok: true, serial: "RG300A" });
    expect(
      await saveDevice({
        actor: support,
        mode: "create",
        input: { serial: "RG300A", product: "cable-locator" },
      }),
    ).toEqual({ ok: false, errors: [{ line: 1, field: "serial", code: "serialTaken" }] });
    await saveDevice({
      actor: support,
      mode: "update",
      input: {
        serial: "RG300A",
        product: "relay-tester",
        company: "Registry Delta",
        domains: "delta.example",
      },
    });
    expect(await getDevice({ actor: support, serial: "RG300A" })).toMatchObject({
      product: { slug: "relay-tester" },
      company: "Registry Delta",
      domains: ["delta.example"],
    });
    const audit = await db.auditLog.findMany({
      where: { action: { startsWith: "staff.device." }, details: { path: ["serial"], equals: "RG300A" } },
      orderBy: { id: "asc" },
    });
    expect(audit.map((a) => a.action)).toEqual(["staff.device.created", "staff.device.updated"]);
  });

  it("searches by serial, company and domain, paginated", async () => {
    const bySerial = await listDevices({ actor: support, q: "nw10" });
    expect(bySerial.rows.map((r) => r.serial)).toEqual(["NW100A", "NW101B", "NW102C"]);
    expect((await listDevices({ actor: support, q: "contoso" })).total).toBe(2);
    expect((await listDevices({ actor: support, q: "contoso-grid.example" })).total).toBe(2);
    expect((await listDevices({ actor: support, pageSize: 25 })).rows.length).toBeLessThanOrEqual(25);
  });

  it("exports the registry in the import format, so an export re-imports unchanged", async () => {
    const csv = await exportDevicesCsv({ actor: support });
    const records = parseCsv(csv).records;
    expect(records[0]!.fields).toEqual(["serial", "product", "company", "domains"]);
    expect(records.find((r) => r.fields[0] === "NW100A")!.fields).toEqual([
      "NW100A",
      "relay-tester",
      "Northwind Energy",
      "northwind-energy.example northwind.example",
    ]);
    const reimport = await previewDeviceImport({ actor: admin, text: csv });
    expect(reimport).toMatchObject({ errors: [], create: 0, update: 0 });
    expect(reimport.unchanged).toBe(await db.device.count());
  });
});
