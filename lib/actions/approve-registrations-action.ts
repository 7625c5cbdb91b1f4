"use server";

import { approveSchema } from "@/lib/validations/staff";
import { approveRegistrations } from "@/lib/dal/staff/decide-registration";
import { runStaffAction } from "./staff-action-runner";

/** Approves the selected registrations; `reopen` (user page) also approves a rejected one. */
export async function approveRegistrationsAction(input: { userIds: string[]; reopen?: boolean }) {
  return runStaffAction({
    schema: approveSchema,
    input,
    run: async ({ actor, data, ip }) => {
      const r = await approveRegistrations({
        actor,
        userIds: data.userIds,
        ip,
        includeRejected: input?.reopen === true,
      });
      return { done: r.done.length, skipped: r.skipped.length };
    },
  });
}
