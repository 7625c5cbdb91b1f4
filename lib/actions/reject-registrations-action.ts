"use server";

import { rejectSchema } from "@/lib/validations/staff";
import { rejectRegistrations } from "@/lib/dal/staff/decide-registration";
import { runStaffAction } from "./staff-action-runner";

/** Rejects the selected registrations with a reason from the list and an optional note. */
export async function rejectRegistrationsAction(input: { userIds: string[]; reason: string; note?: string }) {
  return runStaffAction({
    schema: rejectSchema,
    input,
    run: async ({ actor, data, ip }) => {
      const r = await rejectRegistrations({ actor, ...data, ip });
      return { done: r.done.length, skipped: r.skipped.length };
    },
  });
}
