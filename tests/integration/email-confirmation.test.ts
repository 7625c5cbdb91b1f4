import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { DAY, HOUR, MINUTE, setClockOffset } from "@/lib/clock";
import { registerUser } from "@/lib/registration/register-user";
import { confirmEmail } from "@/lib/registration/confirm-email";
import { resendConfirmation } from "@/lib/registration/resend-confirmation";
import { sendRegistrationReminders } from "@/lib/registration/reminders";
import { removeExpiredRegistrations } from "@/lib/registration/remove-expired-registrations";
import type { RegistrationInput } from "@/lib/validations/registration";
import { registration, tokenFromEmail } from "../support/registration";

afterEach(() => setClockOffset(0));

const CTX = { ip: "10.2.0.1" };

/** Registers at clock offset 0 and returns the address and the link's token. */
async function registered(over: Partial<RegistrationInput> = {}) {
  setClockOffset(0);
  const input = registration(over);
  expect(await registerUser(input, CTX)).toEqual({ ok: true });
  return { email: input.email, token: await tokenFromEmail(input.email, "registration.confirm") };
}

const userOf = (email: string) => db.user.findUniqueOrThrow({ where: { email } });

describe("confirming the e-mail address", () => {
  it("works on day 13 and activates a known serial with a matching domain", async () => {
    const { email, token } = await registered();
    setClockOffset(13 * DAY + 23 * HOUR);
    const result = await confirmEmail(token, CTX);
    expect(result).toMatchObject({ state: "confirmed", status: "ACTIVE", reason: "matching_domain" });

    const user = await userOf(email);
    expect(user).toMatchObject({ status: "ACTIVE", reviewReason: null });
    expect(user.emailVerified!.getTime()).toBeGreaterThan(Date.now() + 13 * DAY);
    expect(user.activatedAt).toEqual(user.emailVerified);
    const actions = await db.auditLog.findMany({ where: { targetId: user.id }, orderBy: { id: "asc" } });
    expect(actions.map((a) => a.action)).toEqual([
      "registration.submitted",
      "registration.email_confirmed",
      "registration.activated",
    ]);
    expect(actions[2]!.details).toMatchObject({ reason: "matching_domain", serial: "NW100A" });
    const mail = await db.emailOutbox.findFirstOrThrow({
      where: { to: email, template: "registration.activated" },
    });
    expect(mail.subject).toBe("Ihr Konto im Customer Portal ist aktiv");
    expect(mail.text).toContain(user.username);
  });

  it("has expired after 14 days, and a new link then works", async () => {
    const { email, token } = await registered({ locale: "es" });
    setClockOffset(14 * DAY + MINUTE);
    expect(await confirmEmail(token, CTX)).toEqual({ state: "expired" });
    expect((await userOf(email)).status).toBe("PENDING_EMAIL");

    expect(await resendConfirmation(email, { ip: "10.2.0.2" })).toEqual({ ok: true });
    const fresh = await tokenFromEmail(email, "registration.confirm");
    expect(fresh).not.toBe(token);
    expect(await confirmEmail(fresh, CTX)).toMatchObject({ state: "confirmed", status: "ACTIVE" });
  });

  it("rejects a used link, telling the user the address is already confirmed and what comes next", async () => {
    const { token } = await registered({ email: `reused-${Date.now()}@gmail.com` });
    expect(await confirmEmail(token, CTX)).toMatchObject({ state: "confirmed", status: "PENDING_REVIEW" });
    const again = await confirmEmail(token, CTX);
    expect(again).toMatchObject({ state: "already", status: "PENDING_REVIEW", reason: "free_mail_provider" });
  });

  it("confirms exactly once when the link is opened twice at the same time", async () => {
    const { email, token } = await registered();
    const results = await Promise.all([confirmEmail(token, CTX), confirmEmail(token, CTX)]);
    expect(results.map((r) => r.state).sort()).toEqual(["already", "confirmed"]);
    const user = await userOf(email);
    expect(await db.auditLog.count({ where: { targetId: user.id, action: "registration.activated" } })).toBe(
      1,
    );
    expect(await db.emailOutbox.count({ where: { to: email, template: "registration.activated" } })).toBe(1);
  });

  it.each(["", "short", "x".repeat(43), "../../etc/passwd", null, 42])(
    "answers an unknown or malformed token (%j) without error",
    async (raw) => {
      expect(await confirmEmail(raw, CTX)).toEqual({ state: "unknown" });
    },
  );

  it.each([
    ["a free-mail address", { email: `fm-${Date.now()}@gmail.com` }, "free_mail_provider"],
    ["an unknown domain", { email: `ud-${Date.now()}@unknown-firm.example` }, "unknown_domain"],
    ["another company's device", { serial: "CG200A" }, "serial_other_company"],
    ["a device without owner", { serial: "XX900Z" }, "serial_without_company"],
  ])("sends %s to staff review with the reason", async (_case, over, reason) => {
    const { email, token } = await registered(over);
    expect(await confirmEmail(token, CTX)).toMatchObject({
      state: "confirmed",
      status: "PENDING_REVIEW",
      reason,
    });
    const user = await userOf(email);
    expect(user).toMatchObject({ status: "PENDING_REVIEW", reviewReason: reason, activatedAt: null });
    expect(user.emailVerified).not.toBeNull();
    expect(
      await db.auditLog.findFirst({ where: { targetId: user.id, action: "registration.pending_review" } }),
    ).toMatchObject({ details: { reason } });
    const mail = await db.emailOutbox.findFirstOrThrow({
      where: { to: email, template: "registration.review" },
    });
    expect(mail.subject).toBe("Ihre Registrierung im Customer Portal wird geprüft");
  });

  it("activates a sub-domain of the owner's domain", async () => {
    const { token } = await registered({ email: `sub-${Date.now()}@mail.northwind-energy.example` });
    expect(await confirmEmail(token, CTX)).toMatchObject({ status: "ACTIVE", reason: "matching_domain" });
  });

  it("activates the address of a legacy account and marks it migrated", async () => {
    const email = `legacy-${Date.now()}@gmail.com`;
    const legacy = await db.legacyAccount.create({
      data: {
        email,
        firstName: "Lea",
        lastName: "Gacy",
        company: "Old Co",
        country: "AT",
        serials: [],
        interests: [],
      },
    });
    const { token } = await registered({ email, serial: "XX900Z" });
    expect(await confirmEmail(token, CTX)).toMatchObject({ status: "ACTIVE", reason: "legacy_account" });
    const user = await userOf(email);
    expect(await db.legacyAccount.findUniqueOrThrow({ where: { id: legacy.id } })).toMatchObject({
      userId: user.id,
      migratedAt: user.emailVerified,
    });
  });
});

describe("sending the confirmation again", () => {
  it("answers the same for unknown, confirmed and unconfirmed addresses", async () => {
    const { email } = await registered();
    const ip = { ip: "10.2.1.1" };
    const before = await db.emailOutbox.count();
    expect(await resendConfirmation("nobody-here@northwind.example", ip)).toEqual({ ok: true });
    expect(await resendConfirmation("customer@northwind.example", ip)).toEqual({ ok: true });
    expect(await db.emailOutbox.count()).toBe(before);
    expect(await resendConfirmation(email.toUpperCase(), ip)).toEqual({ ok: true });
    expect(await db.emailOutbox.count()).toBe(before + 1);
  });

  it("makes the older links stop working", async () => {
    const { email, token } = await registered();
    await resendConfirmation(email, { ip: "10.2.1.2" });
    const fresh = await tokenFromEmail(email, "registration.confirm");
    expect(await confirmEmail(token, CTX)).toEqual({ state: "expired" });
    expect(await confirmEmail(fresh, CTX)).toMatchObject({ state: "confirmed" });
  });

  it("is throttled per address (silently) and per client address (with a wait time)", async () => {
    const { email } = await registered();
    for (let i = 0; i < 3; i++) await resendConfirmation(email, { ip: `10.2.2.${i}` });
    expect(await resendConfirmation(email, { ip: "10.2.2.9" })).toEqual({ ok: true });
    // Registration + 3 resends; the 4th was swallowed.
    expect(await db.emailOutbox.count({ where: { to: email, template: "registration.confirm" } })).toBe(4);

    const ip = { ip: "10.2.3.1" };
    for (let i = 0; i < 10; i++)
      expect(await resendConfirmation(`n${i}@example.com`, ip)).toEqual({ ok: true });
    const blocked = await resendConfirmation("n10@example.com", ip);
    expect(blocked).toMatchObject({ ok: false });
    expect("retryAfterMs" in blocked && blocked.retryAfterMs).toBeGreaterThan(0);
  });

  it("rejects a malformed address without sending anything", async () => {
    expect(await resendConfirmation("not an address", { ip: "10.2.4.1" })).toMatchObject({ ok: false });
  });
});

describe("reminders and clean-up", () => {
  const reminders = (email: string) =>
    db.emailOutbox.findMany({
      where: { to: email, template: "registration.reminder" },
      orderBy: { createdAt: "asc" },
    });

  it("reminds on day 7 and day 13, once each, with links that keep the deadline", async () => {
    const { email, token } = await registered();
    const deadline = (await db.oneTimeToken.findFirstOrThrow({ where: { user: { email } } })).expiresAt;

    setClockOffset(6 * DAY + 23 * HOUR);
    await sendRegistrationReminders();
    expect(await reminders(email)).toHaveLength(0);

    setClockOffset(7 * DAY + HOUR);
    // Two instances running the job at the same moment send one e-mail.
    await Promise.all([sendRegistrationReminders(), sendRegistrationReminders()]);
    await sendRegistrationReminders();
    expect(await reminders(email)).toHaveLength(1);

    setClockOffset(12 * DAY);
    await sendRegistrationReminders();
    expect(await reminders(email)).toHaveLength(1);

    setClockOffset(13 * DAY + HOUR);
    await Promise.all([sendRegistrationReminders(), sendRegistrationReminders()]);
    const sent = await reminders(email);
    expect(sent).toHaveLength(2);
    expect(sent[1]!.subject).toBe(
      "Erinnerung: Bitte bestätigen Sie Ihre E-Mail-Adresse für das Customer Portal",
    );

    const user = await userOf(email);
    const tokens = await db.oneTimeToken.findMany({ where: { userId: user.id } });
    expect(tokens).toHaveLength(3);
    for (const t of tokens) expect(Math.abs(t.expiresAt.getTime() - deadline.getTime())).toBeLessThan(1_000);
    const audits = await db.auditLog.findMany({
      where: { targetId: user.id, action: "registration.reminder_sent" },
      orderBy: { id: "asc" },
    });
    expect(audits.map((a) => a.details)).toEqual([{ day: 7 }, { day: 13 }]);

    // The first link still works alongside the reminders' links; then none does.
    const reminderToken = await tokenFromEmail(email, "registration.reminder");
    expect(await confirmEmail(token, CTX)).toMatchObject({ state: "confirmed" });
    expect(await confirmEmail(reminderToken, CTX)).toMatchObject({ state: "already", status: "ACTIVE" });
  });

  it("sends only the latest due reminder after an outage, and none once confirmed", async () => {
    const late = await registered();
    const done = await registered();
    await confirmEmail(done.token, CTX);
    setClockOffset(13 * DAY + 2 * HOUR);
    await sendRegistrationReminders();
    expect((await reminders(late.email)).length).toBe(1);
    expect(await reminders(done.email)).toHaveLength(0);
    const user = await userOf(late.email);
    const audit = await db.auditLog.findFirstOrThrow({
      where: { targetId: user.id, action: "registration.reminder_sent" },
    });
    expect(audit.details).toEqual({ day: 13 });
  });

  it("removes unconfirmed registrations after 14 days and frees the address", async () => {
    const { email } = await registered();
    const kept = await registered();
    await confirmEmail(kept.token, CTX);
    const id = (await userOf(email)).id;

    setClockOffset(13 * DAY + 23 * HOUR);
    await removeExpiredRegistrations();
    expect(await db.user.count({ where: { email } })).toBe(1);

    setClockOffset(14 * DAY + MINUTE);
    const [a, b] = await Promise.all([removeExpiredRegistrations(), removeExpiredRegistrations()]);
    expect(a + b).toBeGreaterThanOrEqual(1);
    expect(await db.user.count({ where: { email } })).toBe(0);
    expect(await db.oneTimeToken.count({ where: { userId: id } })).toBe(0);
    expect(await db.user.count({ where: { email: kept.email } })).toBe(1);
    expect(
      await db.auditLog.count({ where: { targetId: id, action: "registration.removed_unconfirmed" } }),
    ).toBe(1);

    // The address is free again.
    expect(await registerUser(registration({ email }), CTX)).toEqual({ ok: true });
    expect(await userOf(email)).toMatchObject({ status: "PENDING_EMAIL" });
  });

  it("keeps a registration whose user asked for a new link on day 13", async () => {
    const { email } = await registered();
    setClockOffset(13 * DAY);
    await resendConfirmation(email, { ip: "10.2.5.1" });
    setClockOffset(14 * DAY + HOUR);
    await removeExpiredRegistrations();
    expect(await db.user.count({ where: { email } })).toBe(1);
    setClockOffset(27 * DAY + HOUR);
    await removeExpiredRegistrations();
    expect(await db.user.count({ where: { email } })).toBe(0);
  });
});
