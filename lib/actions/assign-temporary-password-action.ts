"use server";

import { userActionSchema } from "@/lib/validations/staff";
import { assignTemporaryPassword } from "@/lib/dal/staff/assign-temporary-password";
import { runStaffAction } from "./staff-action-runner";

/** FAQ 2.5: returns the temporary password once, for the staff member to pass on. */
export async function assignTemporaryPasswordAction(input: { userId: string; reason: string }) {
  return runStaffAction({
    schema: userActionSchema,
    input,
    run: ({ actor, data, ip }) => assignTemporaryPassword({ actor, ...data, ip }),
  });
}
