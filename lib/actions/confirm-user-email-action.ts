"use server";

import { userActionSchema } from "@/lib/validations/staff";
import { confirmEmailByHand } from "@/lib/dal/staff/account-commands";
import { runStaffAction } from "./staff-action-runner";

/** FAQ 1.6: customer care confirms an address by hand. */
export async function confirmUserEmailAction(input: { userId: string; reason: string }) {
  return runStaffAction({
    schema: userActionSchema,
    input,
    run: ({ actor, data, ip }) => confirmEmailByHand({ actor, ...data, ip }),
  });
}
