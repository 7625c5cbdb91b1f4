import type * as z from "zod/mini";
import { zodForm } from "./zod-from-rules";
import {
  changePasswordRules,
  forgotPasswordRules,
  newPasswordRules,
  resetPasswordRules,
  signInRules,
} from "./rules/sign-in";

// The server's schemas of the sign-in, recovery and password-change forms (rules in ./rules/).

export const signInSchema = zodForm(signInRules);
export type SignInInput = z.input<typeof signInSchema>;

export const forgotPasswordSchema = zodForm(forgotPasswordRules);
export type ForgotPasswordInput = z.input<typeof forgotPasswordSchema>;

export const newPasswordSchema = zodForm(newPasswordRules);
export type NewPasswordInput = z.input<typeof newPasswordSchema>;

export const resetPasswordSchema = zodForm(resetPasswordRules);
export type ResetPasswordInput = z.input<typeof resetPasswordSchema>;

export const changePasswordSchema = zodForm(changePasswordRules);
export type ChangePasswordInput = z.input<typeof changePasswordSchema>;
