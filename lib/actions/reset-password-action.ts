"use server";

import { getTranslations } from "next-intl/server";
import { clientIp } from "@/lib/request-info";
import { resetPasswordWithToken } from "@/lib/auth/password-reset";
import type { ActionResult } from "@/lib/actions/result";
import { validationErrors, validationMessage } from "@/lib/actions/validation-errors";
import { resetPasswordSchema, type ResetPasswordInput } from "@/lib/validations/sign-in";

export type ResetPasswordResult =
  | ActionResult
  | {
      ok: false;
      fieldErrors: Record<string, string>;
      formError: string;
      link: "expired" | "used" | "unknown";
    };

// No sign-in follows a reset: the page then links to the sign-in page.
export async function resetPasswordAction(input: ResetPasswordInput): Promise<ResetPasswordResult> {
  const parsed = resetPasswordSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: await validationErrors(parsed.error) };
  const outcome = await resetPasswordWithToken(parsed.data.token, parsed.data.password, await clientIp());
  if (outcome.ok) return { ok: true };
  if ("link" in outcome) {
    // The link went bad while the page was open (used elsewhere, expired, or a newer one was sent).
    const t = await getTranslations("resetPassword");
    return { ok: false, fieldErrors: {}, formError: t(`${outcome.link}.title`), link: outcome.link };
  }
  return { ok: false, fieldErrors: { password: await validationMessage(outcome.problem) } };
}
