import * as z from "zod/mini";
import { emailField, passwordField, PASSWORD_MAX } from "./fields";

// Schemas of the sign-in, recovery and password-change forms (client and server alike).

export const signInSchema = z.object({
  identifier: z.string().check(z.trim(), z.minLength(1, "required"), z.maxLength(254, "tooLong")),
  // Any length at sign-in: the policy applies when a password is chosen, not when it is used.
  password: z.string().check(z.minLength(1, "required"), z.maxLength(PASSWORD_MAX, "passwordTooLong")),
  remember: z.boolean(),
  callbackUrl: z.optional(z.string().check(z.maxLength(2000))),
});
export type SignInInput = z.input<typeof signInSchema>;

export const forgotPasswordSchema = z.object({ email: emailField });
export type ForgotPasswordInput = z.input<typeof forgotPasswordSchema>;

const newPasswordFields = {
  password: passwordField,
  confirm: z.string(),
};
const matching = z.refine<{ password: string; confirm: string }>((v) => v.password === v.confirm, {
  error: "passwordMismatch",
  path: ["confirm"],
});

export const newPasswordSchema = z.object(newPasswordFields).check(matching);
export type NewPasswordInput = z.input<typeof newPasswordSchema>;

export const resetPasswordSchema = z
  .object({ ...newPasswordFields, token: z.string().check(z.maxLength(100)) })
  .check(matching);
export type ResetPasswordInput = z.input<typeof resetPasswordSchema>;

export const changePasswordSchema = z
  .object({
    current: z.string().check(z.minLength(1, "required"), z.maxLength(PASSWORD_MAX, "passwordTooLong")),
    ...newPasswordFields,
  })
  .check(matching);
export type ChangePasswordInput = z.input<typeof changePasswordSchema>;
