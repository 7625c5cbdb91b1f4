"use server";

import { requireUser } from "@/lib/dal/session";
import { clientIp } from "@/lib/request-info";
import { updateInterests } from "@/lib/account/profile";
import type { ActionResult } from "@/lib/actions/result";
import { validationErrors } from "@/lib/actions/validation-errors";
import { interestsSchema, type InterestsInput } from "@/lib/validations/profile";

// Account page: the products and topics the dashboard is about.
export async function updateInterestsAction(input: InterestsInput): Promise<ActionResult> {
  const user = await requireUser();
  const parsed = interestsSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: await validationErrors(parsed.error) };
  await updateInterests(user.id, parsed.data, await clientIp());
  return { ok: true };
}
