import * as z from "zod/mini";
import { PASSWORD_MAX } from "./fields";

// Schemas of the second-factor forms (client and server alike).

/** A code from the authenticator app: 6 digits, spaces allowed ("123 456"). */
export const totpCodeSchema = z.object({
  code: z.string().check(
    z.trim(),
    z.minLength(1, "required"),
    z.refine((v) => /^\d{6}$/.test(v.replace(/\s/g, "")), "codeFormat"),
  ),
});
export type TotpCodeInput = z.input<typeof totpCodeSchema>;

/** The second step: an app code or a recovery code. */
export const secondStepSchema = z.object({
  code: z.string().check(z.trim(), z.minLength(1, "required"), z.maxLength(64, "tooLong")),
  callbackUrl: z.optional(z.string().check(z.maxLength(2000))),
});
export type SecondStepInput = z.input<typeof secondStepSchema>;

export const removeTotpSchema = z.object({
  password: z.string().check(z.minLength(1, "required"), z.maxLength(PASSWORD_MAX, "passwordTooLong")),
});
export type RemoveTotpInput = z.input<typeof removeTotpSchema>;

export const sessionIdSchema = z.object({ sessionId: z.string().check(z.minLength(1), z.maxLength(64)) });

export const addPasskeySchema = z.object({
  name: z.string().check(z.trim(), z.minLength(1, "required"), z.maxLength(60, "tooLong")),
  response: z.string().check(z.maxLength(20_000)),
});
export type AddPasskeyInput = z.input<typeof addPasskeySchema>;

export const passkeyNameSchema = z.object({ name: addPasskeySchema.shape.name });
export type PasskeyNameInput = z.input<typeof passkeyNameSchema>;

export const removePasskeySchema = z.object({
  passkeyId: z.string().check(z.minLength(1), z.maxLength(64)),
  password: removeTotpSchema.shape.password,
});
export type RemovePasskeyInput = z.input<typeof removePasskeySchema>;
