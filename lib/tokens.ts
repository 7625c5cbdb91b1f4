import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { db, type Tx } from "@/lib/db";
import { now } from "@/lib/clock";
import type { Prisma, TokenPurpose } from "@/lib/generated/prisma/client";

// Single-use links: 256 random bits, base64url in the link, only the SHA-256 in the database.
export function newRawToken() {
  return randomBytes(32).toString("base64url");
}

export function hashToken(raw: string) {
  return createHash("sha256").update(raw).digest("hex");
}

type Issue = {
  userId: string;
  purpose: TokenPurpose;
  ttlMs: number;
  data?: Prisma.InputJsonValue;
  /** Leave older tokens working (a reminder repeating a link the user may still click). */
  keepOlder?: boolean;
};

/** Issues a token; any older unused token of the same purpose for the user stops working. */
export async function issueToken(tx: Tx, { userId, purpose, ttlMs, data, keepOlder = false }: Issue) {
  const at = now();
  if (!keepOlder) {
    await tx.oneTimeToken.updateMany({
      where: { userId, purpose, usedAt: null, expiresAt: { gt: at } },
      data: { expiresAt: at },
    });
  }
  const raw = newRawToken();
  const row = await tx.oneTimeToken.create({
    data: { userId, purpose, tokenHash: hashToken(raw), expiresAt: new Date(at.getTime() + ttlMs), data },
    select: { id: true, expiresAt: true },
  });
  return { token: raw, id: row.id, expiresAt: row.expiresAt };
}

const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

export type TokenLookup =
  | { state: "valid"; id: string; userId: string; expiresAt: Date; data: Prisma.JsonValue }
  | { state: "expired"; userId: string }
  | { state: "used"; userId: string }
  | { state: "unknown" };

/** What a link's token is, without using it. */
export async function lookupToken(
  raw: unknown,
  purpose: TokenPurpose,
  client: Tx | typeof db = db,
): Promise<TokenLookup> {
  if (typeof raw !== "string" || !TOKEN_SHAPE.test(raw)) return { state: "unknown" };
  const row = await client.oneTimeToken.findUnique({ where: { tokenHash: hashToken(raw) } });
  if (!row || row.purpose !== purpose) return { state: "unknown" };
  if (row.usedAt) return { state: "used", userId: row.userId };
  if (row.expiresAt <= now()) return { state: "expired", userId: row.userId };
  return { state: "valid", id: row.id, userId: row.userId, expiresAt: row.expiresAt, data: row.data };
}

/**
 * Marks a token used inside the caller's transaction. Returns false when another request used it
 * first (the conditional update makes concurrent use of one link succeed exactly once).
 */
export async function consumeToken(tx: Tx, id: string) {
  const { count } = await tx.oneTimeToken.updateMany({
    where: { id, usedAt: null, expiresAt: { gt: now() } },
    data: { usedAt: now() },
  });
  return count === 1;
}
