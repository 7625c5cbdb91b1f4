import "server-only";
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { env, keyBytes } from "@/lib/env";

// AES-256-GCM for secrets the server must read back (authenticator-app keys). Each value names the
// key it was sealed with (keyId), so a new key can be introduced while old values still open.
// Format of a sealed value: base64url(iv).base64url(tag).base64url(ciphertext).

function currentKey() {
  const key = keyBytes(env.TOTP_ENCRYPTION_KEY);
  if (!key) throw new Error("TOTP_ENCRYPTION_KEY is not a 32-byte key");
  return { id: env.TOTP_ENCRYPTION_KEY_ID, key };
}

export function seal(plain: string): { cipher: string; keyId: string } {
  const { id, key } = currentKey();
  const iv = randomBytes(12);
  const c = createCipheriv("aes-256-gcm", key, iv);
  c.setAAD(Buffer.from(id));
  const body = Buffer.concat([c.update(plain, "utf8"), c.final()]);
  const parts = [iv, c.getAuthTag(), body].map((b) => b.toString("base64url"));
  return { cipher: parts.join("."), keyId: id };
}

/** The plain value, or null when the key is unknown or the value was tampered with. */
export function open(cipher: string, keyId: string): string | null {
  const { id, key } = currentKey();
  if (keyId !== id) return null;
  const [iv, tag, body] = cipher.split(".").map((p) => Buffer.from(p, "base64url"));
  if (!iv || !tag || !body) return null;
  try {
    const d = createDecipheriv("aes-256-gcm", key, iv);
    d.setAAD(Buffer.from(id));
    d.setAuthTag(tag);
    return Buffer.concat([d.update(body), d.final()]).toString("utf8");
  } catch {
    return null;
  }
}
