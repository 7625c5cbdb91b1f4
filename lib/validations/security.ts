import type * as z from "zod/mini";
import { zodForm } from "./zod-from-rules";
import {
  addPasskeyRules,
  passkeyNameRules,
  removePasskeyRules,
  removeTotpRules,
  secondStepRules,
  sessionIdRules,
  totpCodeRules,
} from "./rules/security";

// The server's schemas of the second-factor and passkey forms (rules in ./rules/security.ts).

export const totpCodeSchema = zodForm(totpCodeRules);
export type TotpCodeInput = z.input<typeof totpCodeSchema>;

export const secondStepSchema = zodForm(secondStepRules);
export type SecondStepInput = z.input<typeof secondStepSchema>;

export const removeTotpSchema = zodForm(removeTotpRules);
export type RemoveTotpInput = z.input<typeof removeTotpSchema>;

export const sessionIdSchema = zodForm(sessionIdRules);

export const addPasskeySchema = zodForm(addPasskeyRules);
export type AddPasskeyInput = z.input<typeof addPasskeySchema>;

export const passkeyNameSchema = zodForm(passkeyNameRules);
export type PasskeyNameInput = z.input<typeof passkeyNameSchema>;

export const removePasskeySchema = zodForm(removePasskeyRules);
export type RemovePasskeyInput = z.input<typeof removePasskeySchema>;
