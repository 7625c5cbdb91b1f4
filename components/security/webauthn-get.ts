import type {
  AuthenticationResponseJSON,
  PublicKeyCredentialRequestOptionsJSON,
} from "@simplewebauthn/browser";

// The sign-in half of @simplewebauthn/browser's startAuthentication, on its own: the package's
// entry point brings its registration code and error tables along (~3 kB gzip on the login page).
// Same options in, same JSON out, same behaviour: a new ceremony cancels the pending one (the
// autofill request waits until the button starts another), and browser errors pass through with
// their names (AbortError, NotAllowedError).

const toBuffer = (base64url: string) => {
  const binary = atob(base64url.replace(/-/g, "+").replace(/_/g, "/"));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0)).buffer;
};
const toBase64url = (buffer: ArrayBuffer) =>
  btoa(String.fromCharCode(...new Uint8Array(buffer)))
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=/g, "");

let pending: AbortController | undefined;

/** Whether the browser can offer passkeys in a username field's autofill (conditional mediation). */
export async function supportsPasskeyAutofill(): Promise<boolean> {
  const pkc = globalThis.PublicKeyCredential;
  if (typeof pkc !== "function" || pkc.isConditionalMediationAvailable === undefined) return false;
  return pkc.isConditionalMediationAvailable();
}

export async function getPasskey({
  optionsJSON,
  useBrowserAutofill = false,
}: {
  optionsJSON: PublicKeyCredentialRequestOptionsJSON;
  useBrowserAutofill?: boolean;
}): Promise<AuthenticationResponseJSON> {
  if (typeof globalThis.PublicKeyCredential !== "function") {
    throw new Error("WebAuthn is not supported in this browser");
  }
  const publicKey: PublicKeyCredentialRequestOptions = {
    ...optionsJSON,
    challenge: toBuffer(optionsJSON.challenge),
    allowCredentials: optionsJSON.allowCredentials?.length
      ? optionsJSON.allowCredentials.map((c) => ({ ...c, id: toBuffer(c.id) }))
      : undefined,
  } as PublicKeyCredentialRequestOptions;
  const request: CredentialRequestOptions = { publicKey };
  if (useBrowserAutofill) {
    if (!(await supportsPasskeyAutofill())) throw new Error("Browser does not support WebAuthn autofill");
    if (document.querySelectorAll("input[autocomplete$='webauthn']").length < 1) {
      throw new Error('No <input> with "webauthn" as the last value of its autocomplete attribute');
    }
    request.mediation = "conditional";
    publicKey.allowCredentials = []; // conditional mediation needs an empty allow list
  }
  if (pending) {
    const abort = new Error("Cancelling existing WebAuthn API call for new one");
    abort.name = "AbortError";
    pending.abort(abort);
  }
  pending = new AbortController();
  request.signal = pending.signal;

  const credential = (await navigator.credentials.get(request)) as PublicKeyCredential | null;
  if (!credential) throw new Error("Authentication was not completed");
  const response = credential.response as AuthenticatorAssertionResponse;
  const attachment = credential.authenticatorAttachment;
  return {
    id: credential.id,
    rawId: toBase64url(credential.rawId),
    response: {
      authenticatorData: toBase64url(response.authenticatorData),
      clientDataJSON: toBase64url(response.clientDataJSON),
      signature: toBase64url(response.signature),
      userHandle: response.userHandle ? toBase64url(response.userHandle) : undefined,
    },
    type: credential.type as "public-key",
    clientExtensionResults: credential.getClientExtensionResults(),
    authenticatorAttachment:
      attachment === "platform" || attachment === "cross-platform" ? attachment : undefined,
  };
}
