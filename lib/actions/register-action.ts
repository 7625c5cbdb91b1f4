"use server";

import { getTranslations } from "next-intl/server";
import { hit } from "@/lib/rate-limit";
import { clientIp } from "@/lib/request-info";
import { registerUser } from "@/lib/registration/register-user";
import { LIMITS } from "@/lib/registration/limits";
import { withMinimumDuration } from "@/lib/security/minimum-duration";
import { fieldErrorsFrom, type ActionResult } from "./result";

// A new address costs an account, a token and a rendered e-mail (~100–200 ms on two busy cores);
// a taken one a lookup. Every answer takes at least this long, so timing tells them not apart
// (tests/integration/uniform-answers.test.ts).
const MIN_DURATION_MS = 500;

/**
 * Submits the registration wizard. The merged data is validated again here with the wizard's
 * schemas; the answer is the same whether or not the address already has an account.
 */
export async function registerAction(input: unknown): Promise<ActionResult> {
  return withMinimumDuration(MIN_DURATION_MS, () => register(input));
}

async function register(input: unknown): Promise<ActionResult> {
  const tv = await getTranslations("validation");
  const t = await getTranslations("register");
  const translate = (key: string) => tv(key as Parameters<typeof tv>[0]);
  try {
    const ip = await clientIp();
    const { name, rule } = LIMITS.registerPerIp;
    const limit = await hit(name, ip, rule);
    if (!limit.ok) {
      const minutes = Math.max(1, Math.ceil(limit.retryAfterMs / 60_000));
      return { ok: false, fieldErrors: {}, formError: t("throttled", { minutes }) };
    }
    const result = await registerUser(input, { ip });
    if (result.ok) return { ok: true };
    const fieldErrors =
      "invalid" in result
        ? fieldErrorsFrom(result.invalid, translate)
        : Object.fromEntries(Object.entries(result.errors).map(([field, key]) => [field, translate(key)]));
    return { ok: false, fieldErrors, formError: t("fixErrors") };
  } catch (e) {
    console.error("[register] failed:", e);
    return { ok: false, fieldErrors: {}, formError: t("formError") };
  }
}
