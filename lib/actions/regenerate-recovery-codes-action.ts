"use server";

import { requireUser } from "@/lib/dal/session";
import { clientIp } from "@/lib/request-info";
import { secondFactorsOf, hasSecondFactor } from "@/lib/security/factors";
import { regenerateRecoveryCodes } from "@/lib/security/manage-factors";
import type { ActionResult } from "@/lib/actions/result";

// A new set of recovery codes (shown once); only for accounts that have a second factor.
export async function regenerateRecoveryCodesAction(): Promise<ActionResult<{ codes: string[] }>> {
  const user = await requireUser();
  if (!hasSecondFactor(await secondFactorsOf(user.id))) return { ok: false, fieldErrors: {} };
  const codes = await regenerateRecoveryCodes({
    userId: user.id,
    sessionId: user.sessionId,
    ip: await clientIp(),
  });
  return { ok: true, codes };
}
