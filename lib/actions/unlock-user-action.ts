"use server";

import { userActionSchema } from "@/lib/validations/staff";
import { unlockUser } from "@/lib/dal/staff/unlock-user";
import { runStaffAction } from "./staff-action-runner";

/** Lifts a sign-in block after too many failed attempts. */
export async function unlockUserAction(input: { userId: string; reason: string }) {
  return runStaffAction({
    schema: userActionSchema,
    input,
    run: ({ actor, data, ip }) => unlockUser({ actor, ...data, ip }),
  });
}
