// What the fuzz tests of server actions share: the values a client may post, the shape of a clear
// refusal, and a fingerprint of everything stored, to prove a refusal wrote nothing.
import fc from "fast-check";
import { expect } from "vitest";
import { db } from "@/lib/db";

export const nasty = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 80 }),
  fc.constantFrom(
    "\u0000",
    "x\r\nBcc: victim@example.com",
    "ａｄｍｉｎ",
    "customer@northwind.example\u0000",
    "Ω".repeat(300),
    "x".repeat(1_000_000),
    "<script>alert(1)</script>",
    '\'; DROP TABLE "User"; --',
  ),
);

export const value = fc.oneof(
  nasty,
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.array(nasty, { maxLength: 3 }),
  fc.object({ maxDepth: 1 }),
);

/** An object with some of `keys` (and a prototype-polluting one), or any value at all. */
export const inputOf = (keys: string[]) =>
  fc.oneof(fc.dictionary(fc.constantFrom(...keys, "__proto__"), value), value) as fc.Arbitrary<unknown>;

/** The refusal every form shows: ok false, and at least one translated message. */
export function expectClearRefusal(result: unknown) {
  expect(result).toMatchObject({ ok: false });
  const { fieldErrors, formError, error } = result as {
    fieldErrors?: Record<string, string>;
    formError?: string;
    error?: string;
  };
  const messages = [
    ...Object.values(fieldErrors ?? {}),
    ...[formError, error].filter((m) => m !== undefined),
  ];
  expect(messages.length).toBeGreaterThan(0);
  for (const m of messages) expect(m).toMatch(/^[^{}]{8,}$/); // translated text, not a key or a template
}

let tables: string[] | undefined;

/**
 * A fingerprint of every row of every table (rate-limit counters live in their own schema and are
 * not in it). A session's last-seen time moves whenever it is used, so only its id and end count.
 */
export async function databaseFootprint({ except = [] as string[] } = {}) {
  tables ??= (
    await db.$queryRaw<Array<{ name: string }>>`
      SELECT tablename::text AS name FROM pg_tables
      WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY 1`
  ).map((t) => t.name);
  const row = (name: string) => (name === "SignInSession" ? `(x.id, x."revokedAt")::text` : "x::text");
  const parts = tables
    .filter((name) => !except.includes(name))
    .map(
      (name) =>
        `'${name}', (SELECT md5(coalesce(string_agg(${row(name)}, '|' ORDER BY ${row(name)}), '')) FROM "${name}" x)`,
    );
  const [result] = await db.$queryRawUnsafe<Array<{ f: string }>>(
    `SELECT json_build_object(${parts.join(", ")})::text AS f`,
  );
  return JSON.parse(result!.f) as Record<string, string>;
}
