import "server-only";
import type { User } from "next-auth";
import { randomUUID } from "node:crypto";
import { db, sql, type Tx } from "@/lib/db";
import { countSignIn } from "@/lib/observability/metrics";
import { HOUR, now } from "@/lib/clock";
import { isNewBrowser, notifyNewBrowser } from "@/lib/security/new-browser";

/** Every sign-in ends 12 hours after it began, remembered or not (FAQ 2.7). */
export const SESSION_LIFETIME_MS = 12 * HOUR;

type Start = {
  userId: string;
  sessionVersion: number;
  remember: boolean;
  ip: string;
  userAgent: string;
  /** Signed in with a second factor (or a passkey, which is one on its own). */
  mfa: boolean;
  method: "password" | "totp" | "recovery_code" | "passkey";
  /** The caller already knows this exact browser has signed in to the account before. */
  browserSeen?: boolean;
};

/**
 * The one place a sign-in becomes a session: the SignInSession row (whose id the JWT carries),
 * the audit entry and the new-browser notice. Returns the user object Auth.js turns into the JWT.
 */
export async function startSession(s: Start): Promise<User> {
  const at = now();
  const expiresAt = new Date(at.getTime() + SESSION_LIFETIME_MS);
  const newBrowser = !s.browserSeen && (await isNewBrowser(s.userId, s.userAgent));
  const sessionId = await (newBrowser
    ? db.$transaction(async (tx) => {
        await notifyNewBrowser(tx, s.userId, s.userAgent, s.ip);
        return writeSession(inTransaction(tx), s, at, expiresAt);
      })
    : writeSession(sql, s, at, expiresAt));
  countSignIn("success");
  return {
    id: s.userId,
    sid: sessionId,
    sv: s.sessionVersion,
    remember: s.remember,
    absExp: expiresAt.getTime(),
  };
}

/** A statement runner: lib/db.ts `sql` on the pool, or a transaction's raw statements. */
type Run = (strings: TemplateStringsArray, ...values: unknown[]) => Promise<unknown>;
const inTransaction =
  (tx: Tx): Run =>
  (strings, ...values) =>
    tx.$executeRaw(strings, ...values);

/**
 * The SignInSession row, the user's last sign-in and the audit entry in one statement: all or
 * nothing, and one round trip on the busiest write path of the portal; outside a transaction it
 * runs straight on the pool (lib/db.ts `sql`). The audit entry has the shape lib/audit.ts gives
 * every other entry. Times go in as UTC ISO strings, which both runners send alike.
 */
async function writeSession(run: Run, s: Start, at: Date, expiresAt: Date) {
  const id = randomUUID();
  const details = JSON.stringify({ remember: s.remember, method: s.method, mfa: s.mfa });
  const [start, end] = [at.toISOString(), expiresAt.toISOString()];
  await run`
    WITH session AS (
      INSERT INTO "SignInSession" (id, "userId", remember, mfa, ip, "userAgent", "createdAt", "lastSeenAt", "expiresAt")
      VALUES (${id}, ${s.userId}, ${s.remember}, ${s.mfa}, ${s.ip}, ${s.userAgent}, ${start}::timestamp,
        ${start}::timestamp, ${end}::timestamp)
      RETURNING id
    ), signed_in AS (
      UPDATE "User" SET "lastSignInAt" = ${start}::timestamp, "updatedAt" = ${start}::timestamp
      WHERE id = ${s.userId}
    )
    INSERT INTO "AuditLog" (action, "actorId", "targetId", ip, details)
    SELECT 'signin.success', ${s.userId}, ${s.userId}, ${s.ip}, ${details}::jsonb FROM session`;
  return id;
}
