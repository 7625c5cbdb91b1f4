"use server";

import { signInOptions } from "@/lib/security/passkeys";

// Sign-in page (button and autofill) and second-step page: a fresh single-use challenge.
export async function passkeySignInOptionsAction() {
  return signInOptions();
}
