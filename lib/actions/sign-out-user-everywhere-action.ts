"use server";

import { userActionSchema } from "@/lib/validations/staff";
import { signOutEverywhere } from "@/lib/dal/staff/account-commands";
import { runStaffAction } from "./staff-action-runner";

/** Ends every session of another user's account (staff; the own-account one is separate). */
export async function signOutUserEverywhereAction(input: { userId: string; reason: string }) {
  return runStaffAction({
    schema: userActionSchema,
    input,
    run: ({ actor, data, ip }) => signOutEverywhere({ actor, ...data, ip }),
  });
}
