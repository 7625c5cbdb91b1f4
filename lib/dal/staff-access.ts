import "server-only";
import { cache } from "react";
import { notFound } from "next/navigation";
import type { Role } from "@/lib/generated/prisma/client";
import { isStaffRole, type StaffActor } from "@/lib/dal/staff/actor";

// The staff console's door. Every admin page and staff action calls requireStaff() or
// requireAdmin(); anyone else gets the ordinary 404, so the area does not reveal that it exists.

type CurrentUser = { id: string; role: Role } | null;

/**
 * Who is signed in. Until the session layer (lib/dal/session.ts) is on this branch nobody is:
 * the console answers 404 to everyone. This is the one line to wire to getCurrentUser().
 */
async function currentUser(): Promise<CurrentUser> {
  return null;
}

/** The signed-in staff member, or null (for route handlers, which answer 404 themselves). */
export const getCurrentStaff = cache(async (): Promise<StaffActor | null> => {
  const user = await currentUser();
  return user && isStaffRole(user.role) ? { id: user.id, role: user.role } : null;
});

export async function requireStaff(): Promise<StaffActor> {
  const actor = await getCurrentStaff();
  if (!actor) notFound();
  return actor;
}

/** Role management and bulk imports. */
export async function requireAdmin(): Promise<StaffActor> {
  const actor = await requireStaff();
  if (actor.role !== "ADMIN") notFound();
  return actor;
}
