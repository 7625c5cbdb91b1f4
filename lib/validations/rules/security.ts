import { form, optional, text } from "./core";
import { currentPasswordRule, idRule } from "./fields";

// Rules of the second-factor and passkey forms.

/** A code from the authenticator app: 6 digits, spaces allowed ("123 456"). */
export const totpCodeRules = form({
  code: text(["trim"], { min: 1, key: "required" }, { pattern: /^\s*(?:\d\s*){6}$/, key: "codeFormat" }),
});

/** The second step: an app code or a recovery code. */
export const secondStepRules = form({
  code: text(["trim"], { min: 1, key: "required" }, { max: 64, key: "tooLong" }),
  callbackUrl: optional(text([], { max: 2000 })),
});

export const removeTotpRules = form({ password: currentPasswordRule });

export const sessionIdRules = form({ sessionId: idRule });

const passkeyName = text(["trim"], { min: 1, key: "required" }, { max: 60, key: "tooLong" });

export const addPasskeyRules = form({ name: passkeyName, response: text([], { max: 20_000 }) });

export const passkeyNameRules = form({ name: passkeyName });

export const removePasskeyRules = form({
  passkeyId: idRule,
  password: currentPasswordRule,
});
