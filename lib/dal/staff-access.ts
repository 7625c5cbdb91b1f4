import "server-only";
import { cache } from "react";
import { notFound } from "next/navigation";
import { getCurrentUser, pendingStep, requireUser, type CurrentUser } from "@/lib/dal/session";
import { isStaffRole, type StaffActor } from "@/lib/dal/staff/actor";

// The staff console's door. Every admin page, route and staff action calls one of these; anyone
// who is not staff — signed out included — gets the ordinary 404, so the area does not reveal
// that it exists (requireUser() alone would send a signed-out visitor to sign-in). Staff get in
// only with a sign-in that passed their second factor and a password they chose themselves.

const actorOf = (user: CurrentUser): StaffActor => ({ id: user.id, role: user.role });

/**
 * The signed-in staff member whose sign-in passed a second factor, or null (for route handlers,
 * which answer 404 themselves and cannot send anyone to set a factor up).
 */
export const getCurrentStaff = cache(async (): Promise<StaffActor | null> => {
  const user = await getCurrentUser();
  return user && isStaffRole(user.role) && !pendingStep(user) ? actorOf(user) : null;
});

/**
 * For console pages and staff actions: a 404 for anyone who is not staff. Staff are first sent
 * wherever requireUser sends them: to choose their own password, to set up a second factor, or to
 * sign in again when this sign-in never passed the factor they have. Nothing of the console
 * renders and no staff action runs before that.
 */
export async function requireStaff(): Promise<StaffActor> {
  const user = await getCurrentUser();
  if (!user || !isStaffRole(user.role)) notFound();
  return actorOf(await requireUser());
}

/** Role management and bulk imports. */
export async function requireAdmin(): Promise<StaffActor> {
  const actor = await requireStaff();
  if (actor.role !== "ADMIN") notFound();
  return actor;
}
