"use server";

import { getTranslations } from "next-intl/server";
import { clientIp } from "@/lib/request-info";
import { resendConfirmation } from "@/lib/registration/resend-confirmation";
import { fieldErrorsFrom, type ActionResult } from "./result";

// Every answer takes at least this long, so timing does not tell which addresses have an
// unconfirmed registration (those cost a token, a rendered e-mail and a few writes).
const MIN_DURATION_MS = 400;

/** "Send the confirmation e-mail again" (FAQ 1.6): the same answer for every address. */
export async function resendConfirmationAction(input: { email?: unknown }): Promise<ActionResult> {
  const started = Date.now();
  const tv = await getTranslations("validation");
  const t = await getTranslations("verifyEmail.resend");
  let result: ActionResult;
  try {
    const outcome = await resendConfirmation(input?.email, { ip: await clientIp() });
    if (outcome.ok) result = { ok: true };
    else if ("invalid" in outcome) {
      const errors = fieldErrorsFrom(outcome.invalid, (k) => tv(k as Parameters<typeof tv>[0]));
      result = { ok: false, fieldErrors: { email: errors.form ?? tv("invalid") } };
    } else {
      const minutes = Math.max(1, Math.ceil(outcome.retryAfterMs / 60_000));
      result = { ok: false, fieldErrors: {}, formError: t("throttled", { minutes }) };
    }
  } catch (e) {
    console.error("[resend-confirmation] failed:", e);
    result = { ok: false, fieldErrors: {}, formError: t("error") };
  }
  const wait = MIN_DURATION_MS - (Date.now() - started);
  if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  return result;
}
