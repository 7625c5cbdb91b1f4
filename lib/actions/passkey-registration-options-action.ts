"use server";

import { requireUser } from "@/lib/dal/session";
import { registrationOptions } from "@/lib/security/passkeys";

// Account page / enrolment page: options for navigator.credentials.create().
export async function passkeyRegistrationOptionsAction() {
  const user = await requireUser({ allowMissingSecondFactor: true });
  return registrationOptions(user);
}
