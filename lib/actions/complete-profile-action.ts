"use server";

import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { requireUser } from "@/lib/dal/session";
import { clientIp } from "@/lib/request-info";
import { completeLegacyProfile } from "@/lib/migration/complete-profile";
import type { ActionResult } from "@/lib/actions/result";
import { validationErrors } from "@/lib/actions/validation-errors";
import { completeProfileSchema, type CompleteProfileInput } from "@/lib/validations/profile";

// "Complete your profile" after migrating a legacy account (FAQ 1.9); then on to the dashboard.
export async function completeProfileAction(input: CompleteProfileInput): Promise<ActionResult> {
  const user = await requireUser();
  const parsed = completeProfileSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: await validationErrors(parsed.error) };
  await completeLegacyProfile(user.id, parsed.data, await clientIp());
  // Done now or before (a second tab): either way the profile is complete.
  redirect(`/${await getLocale()}/dashboard?profileCompleted=1`);
}
