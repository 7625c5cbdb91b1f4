"use server";

import { changeEmailSchema } from "@/lib/validations/staff";
import { changeUserEmail } from "@/lib/dal/staff/change-user-email";
import { runStaffAction } from "./staff-action-runner";

/** FAQ 2.4: customer care sets a new e-mail address on an account. */
export async function changeUserEmailAction(input: { userId: string; newEmail: string; reason: string }) {
  return runStaffAction({
    schema: changeEmailSchema,
    input,
    run: ({ actor, data, ip }) => changeUserEmail({ actor, ...data, ip }),
  });
}
