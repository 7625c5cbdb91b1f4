import "server-only";
import { hkdfSync } from "node:crypto";
import { EncryptJWT, base64url, calculateJwkThumbprint, jwtDecrypt, type JWTPayload } from "jose";

/*
 * Session tokens in exactly Auth.js's format (@auth/core/jwt: a JWE, "dir" + A256CBC-HS512, the
 * key derived with HKDF-SHA-256 from the secret and the cookie name, `kid` = the key's JWK
 * thumbprint), so Auth.js and this module read each other's tokens (tests/unit/secret-rotation).
 *
 * The difference is cost. Auth.js derives the key and its thumbprint again for every token it
 * makes or reads: two more jobs on libuv's thread pool, where they queue behind the argon2 verifies
 * of concurrent sign-ins. The key depends only on secret and salt, so it is derived once here.
 */

const ENC = "A256CBC-HS512";
const KEY_BYTES = 64;
/** Seconds of clock skew tolerated on `exp`/`iat`, as Auth.js does. */
const CLOCK_TOLERANCE_S = 15;

type Key = { key: Uint8Array; kid: string };
const keys = new Map<string, Promise<Key>>();

function keyFor(secret: string, salt: string): Promise<Key> {
  const id = `${salt}\u0000${secret}`;
  let k = keys.get(id);
  if (!k) {
    const key = new Uint8Array(
      hkdfSync("sha256", secret, salt, `Auth.js Generated Encryption Key (${salt})`, KEY_BYTES),
    );
    k = calculateJwkThumbprint({ kty: "oct", k: base64url.encode(key) }, "sha512").then((kid) => ({
      key,
      kid,
    }));
    keys.set(id, k);
  }
  return k;
}

/** A token for `payload` that expires `maxAgeS` seconds from now, made with `secret`. */
export async function encodeJwt(payload: JWTPayload, secret: string, salt: string, maxAgeS: number) {
  const { key, kid } = await keyFor(secret, salt);
  const nowS = Math.floor(Date.now() / 1000);
  return new EncryptJWT(payload)
    .setProtectedHeader({ alg: "dir", enc: ENC, kid })
    .setIssuedAt(nowS)
    .setExpirationTime(nowS + maxAgeS)
    .setJti(crypto.randomUUID())
    .encrypt(key);
}

/** The payload of a token made with any of `secrets`; throws when none opens it or it expired. */
export async function decodeJwt(token: string, secrets: string[], salt: string) {
  const candidates = await Promise.all(secrets.map((s) => keyFor(s, salt)));
  const { payload } = await jwtDecrypt(
    token,
    ({ kid }) => {
      const match = kid === undefined ? candidates[0] : candidates.find((c) => c.kid === kid);
      if (!match) throw new Error("no matching decryption secret");
      return match.key;
    },
    {
      clockTolerance: CLOCK_TOLERANCE_S,
      keyManagementAlgorithms: ["dir"],
      contentEncryptionAlgorithms: [ENC],
    },
  );
  return payload;
}
