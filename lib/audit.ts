import "server-only";
import { db, type Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

export type AuditEntry = {
  action: string; // dotted, e.g. "signin.failure", "staff.user.email_changed"
  actorId?: string | null;
  targetId?: string | null;
  ip?: string | null;
  details?: Prisma.InputJsonValue;
};

/** Appends to the audit log (append-only: the database rejects updates and deletes). */
export function audit(entry: AuditEntry, client: Tx | typeof db = db) {
  return client.auditLog.create({ data: entry, select: { id: true } });
}
