import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { setClockOffset } from "@/lib/clock";
import { hashToken } from "@/lib/tokens";
import { verifyPassword } from "@/lib/auth/password";
import { registerUser } from "@/lib/registration/register-user";
import { footprint, PASSWORD, registration, tokenFromEmail } from "../support/registration";

afterEach(() => setClockOffset(0));

const ip = (n: number) => ({ ip: `10.1.0.${n}` });

describe("registration", () => {
  it("creates an unconfirmed account with device, interests, a hashed token and a localized e-mail", async () => {
    const input = registration({ email: "Jane.Register@Northwind.Example", serial: " nw-100 a" });
    expect(await registerUser(input, ip(1))).toEqual({ ok: true });

    const user = await db.user.findUniqueOrThrow({
      where: { email: "jane.register@northwind.example" },
      include: {
        devices: { include: { device: true } },
        interests: { include: { topic: true } },
        tokens: true,
      },
    });
    expect(user).toMatchObject({
      status: "PENDING_EMAIL",
      locale: "de",
      salutation: "MS",
      firstName: "Jane",
      lastName: "Doe",
      country: "DE",
      phone: "+49 89 1234567",
      emailVerified: null,
    });
    expect(user.username).toMatch(/^jdoe\d*$/);
    expect(await verifyPassword(user.passwordHash!, PASSWORD)).toBe(true);
    expect(user.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(user.devices.map((d) => d.device.serial)).toEqual(["NW100A"]);
    expect(user.interests.map((i) => i.topic.slug).sort()).toEqual(["power-quality", "protection-testing"]);

    const token = await tokenFromEmail(user.email, "registration.confirm");
    expect(token).toHaveLength(43); // 256 bits, base64url
    expect(user.tokens).toHaveLength(1);
    expect(user.tokens[0]).toMatchObject({ purpose: "EMAIL_VERIFICATION", tokenHash: hashToken(token) });
    const validFor = user.tokens[0]!.expiresAt.getTime() - user.createdAt.getTime();
    expect(validFor).toBeGreaterThanOrEqual(14 * 86_400_000);
    expect(validFor).toBeLessThan(14 * 86_400_000 + 5_000);

    const mail = await db.emailOutbox.findFirstOrThrow({ where: { to: user.email } });
    expect(mail).toMatchObject({ locale: "de", template: "registration.confirm", status: "PENDING" });
    expect(mail.subject).toBe("Bitte bestätigen Sie Ihre E-Mail-Adresse für das Customer Portal");
    expect(mail.text).toContain("http://localhost:3100/de/verify-email?token=");
    expect(mail.text).toContain(`Ihr Benutzername: ${user.username}`);
    expect(mail.text).toMatch(/gültig bis \d+\. \w+ \d{4}/); // the deadline, in German

    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "registration.submitted", targetId: user.id },
    });
    expect(audit).toMatchObject({
      ip: "10.1.0.1",
      details: { serial: "NW100A", locale: "de", interests: 2 },
    });
  });

  it.each([
    ["a malformed e-mail address", { email: "jane@" }, "email", "emailInvalid"],
    [
      "different passwords",
      { passwordConfirm: "violet tractor humming loudly" },
      "passwordConfirm",
      "passwordMismatch",
    ],
    [
      "a too short password",
      { password: "short pass", passwordConfirm: "short pass" },
      "password",
      "passwordTooShort",
    ],
    ["a malformed serial", { serial: "AB12" }, "serial", "serialFormat"],
    ["no accepted terms", { acceptTerms: false as unknown as true }, "acceptTerms", "termsRequired"],
    ["no last name", { lastName: "  " }, "lastName", "required"],
  ])("rejects %s and writes nothing", async (_case, over, field, message) => {
    const before = await footprint();
    const result = await registerUser(registration(over), ip(2));
    expect(result.ok).toBe(false);
    const issues = "invalid" in result ? result.invalid.issues.map((i) => [i.path.join("."), i.message]) : [];
    expect(issues).toContainEqual([field, message]);
    expect(await footprint()).toEqual(before);
  });

  it.each([
    ["an unknown serial", { serial: "AB999Z" }, { serial: "serialUnknown" }],
    [
      "a common password",
      { password: "password1234", passwordConfirm: "password1234" },
      { password: "passwordCommon" },
    ],
    [
      "a password containing the e-mail's local part",
      {
        email: "maximilian@northwind.example",
        password: "maximilian-rocks-2026",
        passwordConfirm: "maximilian-rocks-2026",
      },
      { password: "passwordContainsEmail" },
    ],
  ])("rejects %s on the server and writes nothing", async (_case, over, errors) => {
    const before = await footprint();
    expect(await registerUser(registration(over), ip(3))).toEqual({ ok: false, errors });
    expect(await footprint()).toEqual(before);
  });

  it("answers a taken address like a new one and tells only the owner", async () => {
    const owner = await db.user.findUniqueOrThrow({ where: { email: "customer@northwind.example" } });
    const before = await db.user.count();
    const result = await registerUser(
      registration({ email: "Customer@NORTHWIND.example", locale: "es" }),
      ip(4),
    );
    expect(result).toEqual({ ok: true });
    expect(await db.user.count()).toBe(before);
    expect(await db.user.findUniqueOrThrow({ where: { id: owner.id } })).toMatchObject({
      passwordHash: owner.passwordHash,
      firstName: owner.firstName,
    });

    const notices = await db.emailOutbox.findMany({
      where: { to: owner.email, template: "registration.taken" },
    });
    expect(notices).toHaveLength(1);
    // In the owner's language, not the one chosen in the form, and pointing to "forgot password".
    expect(notices[0]!.locale).toBe(owner.locale);
    expect(notices[0]!.text).toContain(`/${owner.locale}/forgot-password`);
    expect(notices[0]!.text).toContain(owner.username);
    expect(
      await db.auditLog.count({ where: { action: "registration.duplicate_attempt", targetId: owner.id } }),
    ).toBe(1);

    // A second attempt within the hour: same answer, no second e-mail.
    expect(await registerUser(registration({ email: owner.email }), ip(4))).toEqual({ ok: true });
    expect(await db.emailOutbox.count({ where: { to: owner.email, template: "registration.taken" } })).toBe(
      1,
    );
  });

  it("points the owner of a still unconfirmed registration to a new confirmation link", async () => {
    const input = registration({ locale: "en" });
    await registerUser(input, ip(5));
    expect(await registerUser(registration({ email: input.email }), ip(5))).toEqual({ ok: true });
    const notice = await db.emailOutbox.findFirstOrThrow({
      where: { to: input.email, template: "registration.taken" },
    });
    expect(notice.text).toContain("/en/verify-email/resend");
    expect(await db.user.count({ where: { email: input.email } })).toBe(1);
  });

  it("numbers usernames when the name is taken", async () => {
    const a = registration({ firstName: "Ödön", lastName: "Zweistein" });
    const b = registration({ firstName: "Oskar", lastName: "Zweistein" });
    await registerUser(a, ip(6));
    await registerUser(b, ip(6));
    const names = await db.user.findMany({
      where: { email: { in: [a.email, b.email] } },
      orderBy: { createdAt: "asc" },
      select: { username: true },
    });
    expect(names.map((n) => n.username)).toEqual(["ozweistein", "ozweistein2"]);
  });

  it("makes exactly one account of 20 simultaneous registrations with one address", async () => {
    const email = "race@northwind.example";
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        registerUser(registration({ email: i % 2 ? email.toUpperCase() : email }), ip(7)),
      ),
    );
    expect(results.map((r) => (r.status === "fulfilled" ? r.value : String(r.reason)))).toEqual(
      Array(20).fill({ ok: true }),
    );
    expect(await db.user.count({ where: { email } })).toBe(1);
    expect(await db.emailOutbox.count({ where: { to: email, template: "registration.confirm" } })).toBe(1);
    // The other 19 attempts notify the (same) owner at most once.
    expect(
      await db.emailOutbox.count({ where: { to: email, template: "registration.taken" } }),
    ).toBeLessThanOrEqual(1);
    const user = await db.user.findUniqueOrThrow({
      where: { email },
      include: { tokens: true, devices: true },
    });
    expect(user.tokens).toHaveLength(1);
    expect(user.devices).toHaveLength(1);
  });

  it("gives simultaneous namesakes different usernames", async () => {
    const inputs = Array.from({ length: 6 }, () => registration({ firstName: "Kim", lastName: "Parallel" }));
    const results = await Promise.all(inputs.map((input) => registerUser(input, ip(8))));
    expect(results).toEqual(Array(6).fill({ ok: true }));
    const users = await db.user.findMany({ where: { email: { in: inputs.map((i) => i.email) } } });
    expect(new Set(users.map((u) => u.username)).size).toBe(6);
    expect(users.every((u) => /^kparallel\d*$/.test(u.username))).toBe(true);
  });
});
