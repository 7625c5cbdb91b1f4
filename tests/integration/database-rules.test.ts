import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";

const user = (email: string, username: string) => ({
  email,
  username,
  firstName: "A",
  lastName: "B",
  company: "C",
  country: "DE",
});

describe("database rules", () => {
  it("makes e-mail addresses and usernames unique regardless of case", async () => {
    const created = await db.user.create({ data: user("Mixed.Case@Example.COM", "MixedUser") });
    expect(created).toMatchObject({ email: "mixed.case@example.com", username: "mixeduser" });
    await expect(db.user.create({ data: user("MIXED.case@example.com", "other1") })).rejects.toMatchObject({
      code: "P2002",
    });
    await expect(db.user.create({ data: user("other@example.com", "MIXEDUSER") })).rejects.toMatchObject({
      code: "P2002",
    });
  });

  it("keeps the audit log append-only", async () => {
    const entry = await db.auditLog.create({ data: { action: "test.append", details: { a: 1 } } });
    await expect(
      db.auditLog.update({ where: { id: entry.id }, data: { action: "changed" } }),
    ).rejects.toThrow(/append-only/);
    await expect(db.auditLog.delete({ where: { id: entry.id } })).rejects.toThrow(/append-only/);
    await expect(db.$executeRawUnsafe('TRUNCATE "AuditLog"')).rejects.toThrow(/append-only/);
    expect(await db.auditLog.findUnique({ where: { id: entry.id } })).toMatchObject({
      action: "test.append",
    });
  });

  it("accepts only serial numbers of the form AB123Z in the device registry", async () => {
    const product = await db.product.findFirstOrThrow();
    await expect(db.device.create({ data: { serial: "AB12Z", productId: product.id } })).rejects.toThrow(
      /serial/,
    );
    await expect(db.device.create({ data: { serial: "ab123z", productId: product.id } })).rejects.toThrow(
      /serial/,
    );
    await expect(
      db.device.create({ data: { serial: "QQ123Z", productId: product.id } }),
    ).resolves.toMatchObject({ serial: "QQ123Z" });
  });

  it("has the demo data", async () => {
    expect(await db.device.count()).toBeGreaterThanOrEqual(5);
    const staff = await db.user.findMany({
      where: { email: { in: ["admin@example.com", "support@example.com"] } },
    });
    expect(staff.map((u) => u.role).sort()).toEqual(["ADMIN", "SUPPORT"]);
    expect(await db.topic.count()).toBeGreaterThanOrEqual(6);
  });
});
