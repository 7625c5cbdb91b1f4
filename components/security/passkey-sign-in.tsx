"use client";

import { useEffect, useState } from "react";
import { getPasskey, supportsPasskeyAutofill } from "./webauthn-get";
import { passkeySignInOptionsAction } from "@/lib/actions/passkey-sign-in-options-action";
import { passkeySignInAction } from "@/lib/actions/passkey-sign-in-action";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";

type Props = {
  labels: { signIn: string; signingIn: string; failed: string };
  callbackUrl?: string;
  /** Offer the passkeys in the username field's autofill (conditional mediation). */
  autofill?: boolean;
};

const aborted = (e: unknown) =>
  e instanceof Error && (e.name === "AbortError" || e.name === "NotAllowedError");

export function PasskeySignIn({ labels, callbackUrl, autofill = false }: Props) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  async function finish(response: unknown) {
    const result = await passkeySignInAction({ response: JSON.stringify(response), callbackUrl });
    if (result) setError(result.formError); // success redirects
  }

  useEffect(() => {
    if (!autofill) return;
    let live = true;
    (async () => {
      if (!(await supportsPasskeyAutofill())) return;
      const optionsJSON = await passkeySignInOptionsAction();
      // Until someone picks a passkey nobody asked for anything: a browser that cannot offer
      // them here (say, the portal on an IP address) is no error worth showing.
      const response = await getPasskey({ optionsJSON, useBrowserAutofill: true }).catch(() => null);
      if (live && response) await finish(response);
    })().catch((e: unknown) => {
      if (live && !aborted(e)) setError(labels.failed);
    });
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per page
  }, []);

  async function onClick() {
    setBusy(true);
    setError(undefined);
    try {
      const optionsJSON = await passkeySignInOptionsAction();
      await finish(await getPasskey({ optionsJSON }));
    } catch {
      setError(labels.failed); // cancelled or refused by the device
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="space-y-3">
      {error && (
        <Alert tone="error" live>
          {error}
        </Alert>
      )}
      <Button type="button" variant="secondary" className="w-full" disabled={busy} onClick={onClick}>
        {busy ? labels.signingIn : labels.signIn}
      </Button>
    </div>
  );
}
