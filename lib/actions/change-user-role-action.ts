"use server";

import { changeRoleSchema } from "@/lib/validations/staff";
import { changeUserRole } from "@/lib/dal/staff/account-commands";
import { runStaffAction } from "./staff-action-runner";

/** Admins only. */
export async function changeUserRoleAction(input: { userId: string; role: string; reason: string }) {
  return runStaffAction({
    schema: changeRoleSchema,
    input,
    adminOnly: true,
    run: ({ actor, data, ip }) => changeUserRole({ actor, ...data, ip }),
  });
}
