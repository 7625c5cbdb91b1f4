import { boolean, form, optional, text } from "./core";
import { currentPasswordRule, emailRule, passwordRule } from "./fields";

// Rules of the sign-in, recovery and password-change forms.

export const signInRules = form({
  identifier: text(["trim"], { min: 1, key: "required" }, { max: 254, key: "tooLong" }),
  // Any length at sign-in: the policy applies when a password is chosen, not when it is used.
  password: currentPasswordRule,
  remember: boolean,
  callbackUrl: optional(text([], { max: 2000 })),
});

export const forgotPasswordRules = form({ email: emailRule });

/** "Send the confirmation e-mail again" (offered on the sign-in page, too). */
export const resendConfirmationRules = form({ email: emailRule });

const newPasswordFields = { password: passwordRule, confirm: text([]) };
const matching = { same: ["password", "confirm"], key: "passwordMismatch" } as const;

export const newPasswordRules = form(newPasswordFields, matching);

export const resetPasswordRules = form({ ...newPasswordFields, token: text([], { max: 100 }) }, matching);

export const changePasswordRules = form({ current: currentPasswordRule, ...newPasswordFields }, matching);
