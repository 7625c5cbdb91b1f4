import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type AppInstance } from "../support/app-instances";
import { eventually } from "../support/eventually";
import { startFakeResend } from "../support/fake-resend";
import { freshDatabase, type TestDatabase } from "../support/ops-database";
import { OPS_DIST } from "../support/standalone-build";
import {
  postRegistration,
  registerActionId,
  registrationAccepted,
  type Answer,
} from "../support/register-http";
import { registration } from "../support/registration-input";

// Registrations submitted all at once over HTTP, as browsers post the wizard, to one production
// instance whose outbox worker delivers through the (fake) Resend API: every account is stored
// whole with exactly one confirmation e-mail, and one address never gets two accounts.

let database: TestDatabase;
let resend: Awaited<ReturnType<typeof startFakeResend>>;
let app: AppInstance;
let actionId: string;
const run = randomBytes(3).toString("hex");

beforeAll(async () => {
  database = await freshDatabase("concurrent_registration");
  resend = await startFakeResend();
  app = await startApp({
    name: "registration",
    databaseUrl: database.url,
    env: {
      RESEND_BASE_URL: resend.url,
      RESEND_API_KEY: "re_concurrent_registration_key",
      OUTBOX_WORKER: "on",
      OUTBOX_POLL_MS: "100",
    },
  });
  actionId = registerActionId(OPS_DIST);
});

afterAll(async () => {
  await app?.stop();
  await resend?.close();
  await database?.drop();
});

/** Every submission comes from its own client address, so no per-address budget is involved. */
const ip = (block: number, i: number) => `10.${block}.${i >> 8}.${i & 255}`;

/** All submissions at once; the answers in order. */
async function submitAll(inputs: ReturnType<typeof registration>[], block: number) {
  const started = performance.now();
  const answers = await Promise.all(
    inputs.map((input, i) =>
      postRegistration(app.url, { origin: app.url, actionId, input, ip: ip(block, i), locale: input.locale }),
    ),
  );
  console.log(`${inputs.length} registrations at once: ${Math.round(performance.now() - started)} ms`);
  return answers;
}

const refused = (answers: Answer[]) =>
  answers
    .filter((a) => !registrationAccepted(a.status, a.body))
    .map((a) => `${a.status} ${a.body.slice(0, 300)}`);

/** Outbox rows to these addresses, once the worker has finished with all of them. */
async function deliveredOutbox(emails: string[], expected: number) {
  return eventually(
    async () => {
      const { rows } = await database.pool.query<{
        id: string;
        to: string;
        template: string;
        status: string;
        subject: string;
      }>(`SELECT id, "to", template, status, subject FROM "EmailOutbox" WHERE "to" = ANY($1::text[])`, [
        emails,
      ]);
      return rows.length === expected && rows.every((r) => r.status !== "PENDING") && rows;
    },
    120_000,
    `${expected} e-mails delivered`,
  );
}

const received = (emails: string[]) => {
  const wanted = new Set(emails);
  return resend.received.filter((r) => wanted.has(String(r.body.to)));
};

const LOCALES = ["en", "de", "es"] as const;
const SALUTATIONS = ["MR", "MS", "MX", "NONE"] as const;
const COUNTRIES = ["DE", "AT", "ES", "CH", "MX"] as const;
const SERIALS = ["NW100A", "NW101B", "NW102C"] as const;
const TOPICS: string[][] = [[], ["protection-testing"], ["power-quality", "cable-testing"]];

describe("registrations submitted at the same moment", () => {
  it("store 200 different people whole, each with one confirmation e-mail delivered once", async () => {
    const inputs = Array.from({ length: 200 }, (_, i) =>
      registration({
        email: `many-${run}-${i}@northwind.example`,
        salutation: SALUTATIONS[i % 4],
        firstName: `Kim ${i}`,
        lastName: i % 2 ? "Meyer" : "Parallel",
        company: `Northwind Energy ${i}`,
        country: COUNTRIES[i % 5],
        phone: i % 3 ? `+49 89 ${1_000_000 + i}` : "",
        locale: LOCALES[i % 3],
        serial: SERIALS[i % 3],
        interests: TOPICS[i % 3]!,
      }),
    );
    const answers = await submitAll(inputs, 61);
    expect(refused(answers)).toEqual([]);

    const emails = inputs.map((i) => i.email);
    const { rows: users } = await database.pool.query<{
      id: string;
      email: string;
      username: string;
      passwordHash: string;
      status: string;
      salutation: string;
      firstName: string;
      lastName: string;
      name: string;
      company: string;
      country: string;
      phone: string | null;
      locale: string;
      emailVerified: Date | null;
      serials: string[];
      topics: string[] | null;
      tokens: number;
    }>(
      `SELECT u.id, u.email, u.username, u."passwordHash", u.status, u.salutation, u."firstName",
              u."lastName", u.name, u.company, u.country, u.phone, u.locale, u."emailVerified",
              (SELECT array_agg(d.serial) FROM "UserDevice" ud JOIN "Device" d ON d.id = ud."deviceId"
                WHERE ud."userId" = u.id) AS serials,
              (SELECT array_agg(t.slug ORDER BY t.slug) FROM "UserInterest" ui JOIN "Topic" t ON t.id = ui."topicId"
                WHERE ui."userId" = u.id) AS topics,
              (SELECT count(*)::int FROM "OneTimeToken" o
                WHERE o."userId" = u.id AND o.purpose = 'EMAIL_VERIFICATION' AND o."usedAt" IS NULL) AS tokens
         FROM "User" u WHERE u.email = ANY($1::text[])`,
      [emails],
    );
    expect(users).toHaveLength(200);
    const byEmail = new Map(users.map((u) => [u.email, u]));
    for (const input of inputs) {
      const u = byEmail.get(input.email);
      expect(u, input.email).toMatchObject({
        status: "PENDING_EMAIL",
        salutation: input.salutation,
        firstName: input.firstName,
        lastName: input.lastName,
        name: `${input.firstName} ${input.lastName}`,
        company: input.company,
        country: input.country,
        phone: input.phone || null,
        locale: input.locale,
        emailVerified: null,
        serials: [input.serial],
        topics: input.interests.length ? [...input.interests].sort() : null,
        tokens: 1,
      });
      expect(u!.passwordHash).toMatch(/^\$argon2id\$/);
    }
    expect(new Set(users.map((u) => u.username)).size).toBe(200);
    const { rows: audited } = await database.pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "AuditLog" WHERE action = 'registration.submitted' AND "targetId" = ANY($1::text[])`,
      [users.map((u) => u.id)],
    );
    expect(audited[0]!.n).toBe(200);

    // One confirmation e-mail per person, sent, and received by "Resend" exactly once.
    const outbox = await deliveredOutbox(emails, 200);
    expect(outbox.filter((r) => r.template === "registration.confirm" && r.status === "SENT")).toHaveLength(
      200,
    );
    expect(new Set(outbox.map((r) => r.to)).size).toBe(200);
    const mails = received(emails);
    expect(mails).toHaveLength(200);
    expect(mails.map((m) => m.idempotencyKey).sort()).toEqual(outbox.map((r) => r.id).sort());
    const rowById = new Map(outbox.map((r) => [r.id, r]));
    for (const m of mails) {
      const row = rowById.get(m.idempotencyKey!)!;
      expect(m.body).toMatchObject({ to: row.to, subject: row.subject });
      expect(String(m.body.text)).toMatch(/verify-email\?token=[A-Za-z0-9_-]{43}/);
    }
  });

  it("make one account of 50 submissions of one address, and answer all 50 alike", async () => {
    const email = `same-${run}@northwind.example`;
    // Half of them type the address in capitals: the same address all the same.
    const inputs = Array.from({ length: 50 }, (_, i) =>
      registration({ email: i % 2 ? email.toUpperCase() : email, firstName: "Sam", lastName: "Same" }),
    );
    const answers = await submitAll(inputs, 62);
    expect(refused(answers)).toEqual([]);
    // Whoever got the account, the answers are indistinguishable: status, headers and body.
    for (const a of answers) expect(a).toEqual(answers[0]);

    const { rows: users } = await database.pool.query<{ id: string; status: string }>(
      `SELECT id, status FROM "User" WHERE lower(email) = $1`,
      [email],
    );
    expect(users).toEqual([{ id: expect.any(String), status: "PENDING_EMAIL" }]);
    const userId = users[0]!.id;
    const { rows: audit } = await database.pool.query<{ action: string; notice: string | null }>(
      `SELECT action, details->>'noticeSent' AS notice FROM "AuditLog" WHERE "targetId" = $1`,
      [userId],
    );
    expect(audit.filter((a) => a.action === "registration.submitted")).toHaveLength(1);
    const duplicates = audit.filter((a) => a.action === "registration.duplicate_attempt");
    expect(duplicates).toHaveLength(49);
    // The owner hears of the other attempts once (at most one notice an hour per address).
    expect(duplicates.filter((a) => a.notice === "true")).toHaveLength(1);

    // Exactly two e-mails to the address: the confirmation and one "someone tried to register".
    const outbox = await deliveredOutbox([email], 2);
    expect(outbox.map((r) => [r.template, r.status]).sort()).toEqual([
      ["registration.confirm", "SENT"],
      ["registration.taken", "SENT"],
    ]);
    const mails = received([email]);
    expect(mails.map((m) => m.idempotencyKey).sort()).toEqual(outbox.map((r) => r.id).sort());
  });
});
