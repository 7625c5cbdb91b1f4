import "server-only";
import type { Role } from "@/lib/generated/prisma/client";

/** Who performs a staff command: taken from the session by the action, never from the request body. */
export type StaffActor = { id: string; role: Role };

export type StaffErrorCode =
  | "denied" // the actor lacks the role, or may not act on this account
  | "notFound"
  | "wrongStatus" // e.g. approving an account that is no longer waiting for review
  | "self" // staff may not disable themselves or change their own role
  | "emailTaken"
  | "sameEmail";

/** A refusal the action turns into a translated message (admin.errors.<code>). */
export class StaffError extends Error {
  constructor(readonly code: StaffErrorCode) {
    super(`staff command refused: ${code}`);
    this.name = "StaffError";
  }
}

export function isStaffRole(role: Role | undefined | null): role is "SUPPORT" | "ADMIN" {
  return role === "SUPPORT" || role === "ADMIN";
}

// Checked again in every command although actions already call requireStaff(): the data layer is
// the boundary that tests exercise directly, and a future caller may forget the action's check.
export function assertStaff(actor: StaffActor | null | undefined): asserts actor is StaffActor {
  if (!actor || !isStaffRole(actor.role)) throw new StaffError("denied");
}

/** Role management and bulk imports are for admins only. */
export function assertAdmin(actor: StaffActor | null | undefined): asserts actor is StaffActor {
  if (!actor || actor.role !== "ADMIN") throw new StaffError("denied");
}

/**
 * Support may act on customer accounts only: otherwise a support member could give an admin a
 * temporary password and sign in as that admin. Admins may act on every account.
 */
export function assertMayManage(actor: StaffActor, target: { role: Role }) {
  assertStaff(actor);
  if (actor.role !== "ADMIN" && target.role !== "CUSTOMER") throw new StaffError("denied");
}
