import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createAdmin, SET_PASSWORD_PATH } from "@/lib/ops/create-admin";
import { lookupToken } from "@/lib/tokens";

// The integration database is shared by all files: remove the administrators made here.
afterAll(async () => {
  await db.user.deleteMany({ where: { email: { in: ["grace.hopper@example.com", "admin@other.example"] } } });
});

describe("creating the first administrator", () => {
  it("creates an admin without a password and e-mails a single-use set-password link", async () => {
    const result = await createAdmin({
      email: "  Grace.Hopper@Example.com ",
      firstName: "Grace",
      locale: "de",
    });
    expect(result).toMatchObject({ ok: true, username: "grace.hopper" });
    if (!result.ok) return;

    const user = await db.user.findUniqueOrThrow({ where: { id: result.userId } });
    expect(user).toMatchObject({
      email: "grace.hopper@example.com",
      role: "ADMIN",
      status: "ACTIVE",
      passwordHash: null,
      locale: "de",
    });

    const mail = await db.emailOutbox.findFirstOrThrow({
      where: { to: "grace.hopper@example.com", template: "admin-invite" },
    });
    expect(mail.subject).toBe("Legen Sie Ihr Passwort für das Customer Portal fest");
    const link = mail.text.match(/https?:\/\/\S+set-password\?token=([A-Za-z0-9_-]+)/);
    expect(link?.[0]).toContain(`/de${SET_PASSWORD_PATH}?token=`);
    const token = await lookupToken(link![1], "SET_PASSWORD");
    expect(token).toMatchObject({ state: "valid", userId: user.id });
    if (token.state === "valid") {
      expect(token.expiresAt.getTime() - Date.now()).toBeGreaterThan(23.9 * 3_600_000);
    }
    expect(await db.auditLog.count({ where: { action: "admin.created", targetId: user.id } })).toBe(1);
  });

  it("refuses an existing address, a malformed one and unknown locales without writing", async () => {
    const before = await db.user.count();
    expect(await createAdmin({ email: "admin@example.com" })).toEqual({ ok: false, problem: "exists" });
    expect(await createAdmin({ email: "not-an-address" })).toEqual({ ok: false, problem: "invalid-email" });
    expect(await createAdmin({ email: "new@example.com", locale: "fr" })).toEqual({
      ok: false,
      problem: "invalid-locale",
    });
    expect(await db.user.count()).toBe(before);
  });

  it("picks a free username when the address's local part is taken", async () => {
    const result = await createAdmin({ email: "admin@other.example" });
    expect(result).toMatchObject({ ok: true, username: "admin2" });
  });
});
