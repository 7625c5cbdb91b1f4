import "server-only";
import { cache } from "react";
import { notFound, redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { FORCED_CHANGE_PATH, getCurrentUser } from "@/lib/dal/session";
import { isStaffRole, type StaffActor } from "@/lib/dal/staff/actor";

// The staff console's door. Every admin page, route and staff action calls one of these; anyone
// who is not staff — signed out included — gets the ordinary 404, so the area does not reveal
// that it exists (requireRole() in lib/dal/session.ts would send a signed-out visitor to sign-in).

/** The signed-in staff member, or null (for route handlers, which answer 404 themselves). */
export const getCurrentStaff = cache(async (): Promise<StaffActor | null> => {
  const user = await getCurrentUser();
  return user && isStaffRole(user.role) ? { id: user.id, role: user.role } : null;
});

export async function requireStaff(): Promise<StaffActor> {
  const actor = await getCurrentStaff();
  if (!actor) notFound();
  // A staff member with a password set by someone else chooses their own first, like anyone.
  if ((await getCurrentUser())?.mustChangePassword) redirect(`/${await getLocale()}${FORCED_CHANGE_PATH}`);
  return actor;
}

/** Role management and bulk imports. */
export async function requireAdmin(): Promise<StaffActor> {
  const actor = await requireStaff();
  if (actor.role !== "ADMIN") notFound();
  return actor;
}
