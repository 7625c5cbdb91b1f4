"use server";

import { userActionSchema } from "@/lib/validations/staff";
import { removeUserFactors } from "@/lib/dal/staff/security-commands";
import { runStaffAction } from "./staff-action-runner";

/** Removes every second factor of a user who lost them all (FAQ "lost second factor"). */
export async function removeUserFactorsAction(input: { userId: string; reason: string }) {
  return runStaffAction({
    schema: userActionSchema,
    input,
    run: ({ actor, data, ip }) => removeUserFactors({ actor, ...data, ip }),
  });
}
