"use server";

import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/dal/session";
import { clientIp } from "@/lib/request-info";
import { confirmTotp } from "@/lib/security/manage-factors";
import type { ActionResult } from "@/lib/actions/result";
import { validationErrors } from "@/lib/actions/validation-errors";
import { totpCodeSchema, type TotpCodeInput } from "@/lib/validations/security";

// Enrolment: one valid code turns the authenticator on; the recovery codes come back once.
export async function confirmTotpAction(input: TotpCodeInput): Promise<ActionResult<{ codes: string[] }>> {
  const user = await requireUser({ allowMissingSecondFactor: true });
  const parsed = totpCodeSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: await validationErrors(parsed.error) };
  const codes = await confirmTotp(
    { userId: user.id, sessionId: user.sessionId, ip: await clientIp() },
    parsed.data.code,
  );
  if (codes) return { ok: true, codes };
  const t = await getTranslations("security.enrol");
  return { ok: false, fieldErrors: { code: t("wrongCode") } };
}
