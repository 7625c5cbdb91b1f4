"use server";

import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { requireUser } from "@/lib/dal/session";
import { clientIp } from "@/lib/request-info";
import { removeTotp } from "@/lib/security/manage-factors";
import type { ActionResult } from "@/lib/actions/result";
import { validationErrors, validationMessage } from "@/lib/actions/validation-errors";
import { removeTotpSchema, type RemoveTotpInput } from "@/lib/validations/security";

// Removing the authenticator asks for the current password first.
export async function removeTotpAction(input: RemoveTotpInput): Promise<ActionResult> {
  const user = await requireUser();
  const parsed = removeTotpSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: await validationErrors(parsed.error) };
  const removed = await removeTotp(
    { userId: user.id, sessionId: user.sessionId, ip: await clientIp() },
    parsed.data.password,
  );
  if (!removed)
    return { ok: false, fieldErrors: { password: await validationMessage("currentPasswordWrong") } };
  redirect(`/${await getLocale()}/account?totpRemoved=1#security`);
}
