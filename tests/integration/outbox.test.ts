import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { advanceClock, HOUR, setClockOffset } from "@/lib/clock";
import { enqueueEmail } from "@/lib/email/outbox";
import { deliverDueEmails, MAX_ATTEMPTS } from "@/lib/email/worker";
import { resendTransport } from "@/lib/email/transport";
import { testEmail } from "@/lib/email/templates/test-email";
import { startFakeResend } from "../support/fake-resend";

let resend: Awaited<ReturnType<typeof startFakeResend>>;
const transport = () => resendTransport("re_test_key", resend.url);

beforeAll(async () => {
  resend = await startFakeResend();
});
afterAll(() => resend.close());
beforeEach(async () => {
  setClockOffset(0);
  resend.received.length = 0;
  // Leave nothing due from other tests in this file.
  await db.emailOutbox.updateMany({ where: { status: "PENDING" }, data: { status: "FAILED" } });
});

const queue = (to: string, locale = "en") =>
  db.$transaction((tx) => enqueueEmail(tx, { to, locale, template: testEmail, props: { name: "Kim" } }));

describe("e-mail outbox", () => {
  it("writes nothing when the surrounding transaction rolls back", async () => {
    await expect(
      db.$transaction(async (tx) => {
        await enqueueEmail(tx, { to: "rollback@example.com", locale: "en", template: testEmail, props: {} });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await db.emailOutbox.count({ where: { to: "rollback@example.com" } })).toBe(0);
  });

  it("delivers through the Resend SDK with the outbox id as idempotency key", async () => {
    const { id } = await queue("kim@example.com", "de");
    expect(await deliverDueEmails({ transport: transport() })).toBe(1);
    expect(resend.received).toHaveLength(1);
    expect(resend.received[0]!.idempotencyKey).toBe(id);
    expect(resend.received[0]!.body).toMatchObject({
      to: "kim@example.com",
      subject: "Test-E-Mail vom Customer Portal",
    });
    const row = await db.emailOutbox.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "SENT", provider: "resend", attempts: 1 });
  });

  it("keeps an e-mail that a crashed process committed but never sent, and sends it later", async () => {
    // Committed, then the process "dies" before its worker runs: the row is simply still due.
    const { id } = await queue("crash@example.com");
    expect((await db.emailOutbox.findUniqueOrThrow({ where: { id } })).status).toBe("PENDING");
    await deliverDueEmails({ transport: transport() });
    expect(resend.received.map((r) => r.idempotencyKey)).toEqual([id]);
  });

  it("retries after provider errors with backoff and honours retry-after", async () => {
    const { id } = await queue("retry@example.com");
    resend.reply({ status: 500 });
    expect(await deliverDueEmails({ transport: transport() })).toBe(0);
    let row = await db.emailOutbox.findUniqueOrThrow({ where: { id } });
    expect(row.status).toBe("PENDING");
    expect(row.lastError).toContain("500");

    // Not due again until the backoff has passed.
    expect(await deliverDueEmails({ transport: transport() })).toBe(0);
    advanceClock(HOUR);
    resend.reply({ status: 429, headers: { "retry-after": "120" } });
    await deliverDueEmails({ transport: transport() });
    row = await db.emailOutbox.findUniqueOrThrow({ where: { id } });
    expect(row.nextAttemptAt.getTime() - Date.now()).toBeGreaterThan(HOUR + 100_000);

    advanceClock(HOUR);
    expect(await deliverDueEmails({ transport: transport() })).toBe(1);
    expect(resend.received.map((r) => r.idempotencyKey)).toEqual([id]);
  });

  it("gives up after the last attempt and keeps the row for operators", async () => {
    const { id } = await queue("never@example.com");
    for (let i = 0; i < MAX_ATTEMPTS; i++) {
      resend.reply({ status: 503 });
      await deliverDueEmails({ transport: transport() });
      advanceClock(2 * HOUR);
    }
    const row = await db.emailOutbox.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "FAILED", attempts: MAX_ATTEMPTS });
  });

  it("sends each e-mail exactly once with several workers claiming at the same time", async () => {
    const ids = await Promise.all(
      Array.from({ length: 40 }, (_, i) => queue(`many${i}@example.com`).then((r) => r.id)),
    );
    const sent = await Promise.all(
      Array.from({ length: 4 }, () => deliverDueEmails({ transport: transport(), batch: 5 })),
    );
    expect(sent.reduce((a, b) => a + b, 0)).toBe(40);
    const keys = resend.received.map((r) => r.idempotencyKey);
    expect(new Set(keys).size).toBe(40);
    expect([...keys].sort()).toEqual([...ids].sort());
  });
});
