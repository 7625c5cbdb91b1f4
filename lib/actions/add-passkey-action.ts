"use server";

import type { RegistrationResponseJSON } from "@simplewebauthn/server";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/dal/session";
import { clientIp } from "@/lib/request-info";
import { addPasskey } from "@/lib/security/passkeys";
import type { ActionResult } from "@/lib/actions/result";
import { validationErrors } from "@/lib/actions/validation-errors";
import { addPasskeySchema, type AddPasskeyInput } from "@/lib/validations/security";

// Stores a new passkey under the name the user gave it; the first factor also brings recovery codes.
export async function addPasskeyAction(input: AddPasskeyInput): Promise<ActionResult<{ codes: string[] }>> {
  const user = await requireUser({ allowMissingSecondFactor: true });
  const parsed = addPasskeySchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: await validationErrors(parsed.error) };
  let response: RegistrationResponseJSON;
  try {
    response = JSON.parse(parsed.data.response) as RegistrationResponseJSON;
  } catch {
    response = {} as RegistrationResponseJSON;
  }
  const codes = await addPasskey(
    { userId: user.id, sessionId: user.sessionId, ip: await clientIp() },
    parsed.data.name,
    response,
  );
  if (codes) return { ok: true, codes };
  const t = await getTranslations("security.passkeys");
  return { ok: false, fieldErrors: {}, formError: t("addFailed") };
}
