"use server";

import * as z from "zod/mini";
import { userActionSchema } from "@/lib/validations/staff";
import { disableUser, enableUser } from "@/lib/dal/staff/account-commands";
import { runStaffAction } from "./staff-action-runner";

const schema = z.extend(userActionSchema, { disabled: z.boolean() });

/** Disables an account (ending its sessions) or re-enables it. */
export async function setUserDisabledAction(input: { userId: string; reason: string; disabled: boolean }) {
  return runStaffAction({
    schema,
    input,
    run: ({ actor, data: { disabled, ...data }, ip }) =>
      (disabled ? disableUser : enableUser)({ actor, ...data, ip }),
  });
}
