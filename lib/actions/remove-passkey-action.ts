"use server";

import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { requireUser } from "@/lib/dal/session";
import { clientIp } from "@/lib/request-info";
import { verifyCurrentPassword } from "@/lib/security/manage-factors";
import { removePasskey } from "@/lib/security/passkeys";
import type { ActionResult } from "@/lib/actions/result";
import { validationErrors, validationMessage } from "@/lib/actions/validation-errors";
import { removePasskeySchema, type RemovePasskeyInput } from "@/lib/validations/security";

// Removing a passkey asks for the current password first.
export async function removePasskeyAction(input: RemovePasskeyInput): Promise<ActionResult> {
  const user = await requireUser();
  const parsed = removePasskeySchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: await validationErrors(parsed.error) };
  const ip = await clientIp();
  if (!(await verifyCurrentPassword(user.id, parsed.data.password, ip, "mfa.passkey_remove_failed")))
    return { ok: false, fieldErrors: { password: await validationMessage("currentPasswordWrong") } };
  await removePasskey({ userId: user.id, sessionId: user.sessionId, ip }, parsed.data.passkeyId);
  redirect(`/${await getLocale()}/account?passkeyRemoved=1#security`);
}
