"use server";

import { requireUser } from "@/lib/dal/session";
import { clientIp } from "@/lib/request-info";
import { updateProfile } from "@/lib/account/profile";
import type { ActionResult } from "@/lib/actions/result";
import { validationErrors } from "@/lib/actions/validation-errors";
import { profileSchema, type ProfileInput } from "@/lib/validations/profile";

// Account page: name, company, country, phone and preferred language.
export async function updateProfileAction(input: ProfileInput): Promise<ActionResult> {
  const user = await requireUser();
  const parsed = profileSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: await validationErrors(parsed.error) };
  await updateProfile(user.id, parsed.data, await clientIp());
  return { ok: true };
}
