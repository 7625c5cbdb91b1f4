"use server";

import { userActionSchema } from "@/lib/validations/staff";
import { resendConfirmationEmail } from "@/lib/dal/staff/account-commands";
import { runStaffAction } from "./staff-action-runner";

/** FAQ 1.6: customer care sends a new confirmation link. */
export async function resendUserConfirmationAction(input: { userId: string; reason: string }) {
  return runStaffAction({
    schema: userActionSchema,
    input,
    run: async ({ actor, data, ip }) => {
      await resendConfirmationEmail({ actor, ...data, ip });
      return {};
    },
  });
}
