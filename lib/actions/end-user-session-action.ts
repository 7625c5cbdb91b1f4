"use server";

import { endUserSessionSchema } from "@/lib/validations/staff";
import { endUserSession } from "@/lib/dal/staff/security-commands";
import { runStaffAction } from "./staff-action-runner";

/** Ends one session of another user's account (staff; the own-account one is separate). */
export async function endUserSessionAction(input: { userId: string; sessionId: string; reason: string }) {
  return runStaffAction({
    schema: endUserSessionSchema,
    input,
    run: ({ actor, data, ip }) => endUserSession({ actor, ...data, ip }),
  });
}
