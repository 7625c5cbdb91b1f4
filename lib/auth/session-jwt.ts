import "server-only";
import {
  createCipheriv,
  createDecipheriv,
  createHmac,
  hkdfSync,
  randomBytes,
  randomUUID,
  timingSafeEqual,
} from "node:crypto";
import { base64url, calculateJwkThumbprint, type JWTPayload } from "jose";

/*
 * Session tokens in exactly Auth.js's format (@auth/core/jwt: a compact JWE, "dir" +
 * A256CBC-HS512 per RFC 7518 §5.2, the key derived with HKDF-SHA-256 from the secret and the cookie
 * name, `kid` = the key's JWK thumbprint), so Auth.js and this module read each other's tokens
 * (tests/unit/session-jwt, tests/unit/secret-rotation).
 *
 * The difference is cost. Auth.js (through jose and WebCrypto) derives the key and its thumbprint
 * again for every token and runs each AES and HMAC step as a job on libuv's thread pool, where it
 * queues behind the argon2 verifies of concurrent sign-ins: about 0.2 ms of CPU to make a token and
 * 0.37 ms to read one. Here the key is derived once and both steps run synchronously through
 * node:crypto, about 0.02 ms each; every signed-in request reads a token.
 */

const ALG = "dir";
const ENC = "A256CBC-HS512";
const KEY_BYTES = 64;
const IV_BYTES = 16;
const TAG_BYTES = 32;
/** Seconds of clock skew tolerated on `exp`/`nbf`, as Auth.js does. */
const CLOCK_TOLERANCE_S = 15;

type Key = { mac: Buffer; enc: Buffer; kid: string };
const keys = new Map<string, Promise<Key>>();

function keyFor(secret: string, salt: string): Promise<Key> {
  const id = `${salt}\u0000${secret}`;
  let k = keys.get(id);
  if (!k) {
    const key = Buffer.from(
      hkdfSync("sha256", secret, salt, `Auth.js Generated Encryption Key (${salt})`, KEY_BYTES),
    );
    // RFC 7518 §5.2.2.1: the first half authenticates, the second half encrypts.
    k = calculateJwkThumbprint({ kty: "oct", k: base64url.encode(key) }, "sha512").then((kid) => ({
      mac: key.subarray(0, KEY_BYTES / 2),
      enc: key.subarray(KEY_BYTES / 2),
      kid,
    }));
    keys.set(id, k);
  }
  return k;
}

/** RFC 7518 §5.2.2.1: HMAC-SHA-512 over AAD ‖ IV ‖ ciphertext ‖ AAD length in bits, first half. */
function tagOf(mac: Buffer, aad: string, iv: Buffer, ciphertext: Buffer) {
  const bits = Buffer.alloc(8);
  bits.writeBigUInt64BE(BigInt(Buffer.byteLength(aad, "ascii") * 8));
  return createHmac("sha512", mac)
    .update(aad, "ascii")
    .update(iv)
    .update(ciphertext)
    .update(bits)
    .digest()
    .subarray(0, TAG_BYTES);
}

/** A token for `payload` that expires `maxAgeS` seconds from now, made with `secret`. */
export async function encodeJwt(payload: JWTPayload, secret: string, salt: string, maxAgeS: number) {
  const { mac, enc, kid } = await keyFor(secret, salt);
  const nowS = Math.floor(Date.now() / 1000);
  const claims = { ...payload, iat: nowS, exp: nowS + maxAgeS, jti: randomUUID() };
  const header = Buffer.from(JSON.stringify({ alg: ALG, enc: ENC, kid })).toString("base64url");
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-cbc", enc, iv);
  const ciphertext = Buffer.concat([cipher.update(JSON.stringify(claims), "utf8"), cipher.final()]);
  const tag = tagOf(mac, header, iv, ciphertext);
  return `${header}..${iv.toString("base64url")}.${ciphertext.toString("base64url")}.${tag.toString("base64url")}`;
}

const invalid = () => new Error("invalid session token");

/** Bytes of a base64url segment, refusing any other spelling of them (padding, stray characters). */
function segment(text: string) {
  const bytes = Buffer.from(text, "base64url");
  if (bytes.toString("base64url") !== text) throw invalid();
  return bytes;
}

function jsonObject(bytes: Buffer): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(bytes.toString("utf8"));
  } catch {
    throw invalid();
  }
  if (!value || typeof value !== "object" || Array.isArray(value)) throw invalid();
  return value as Record<string, unknown>;
}

/** The payload of a token made with any of `secrets`; throws when none opens it or it expired. */
export async function decodeJwt(token: string, secrets: string[], salt: string) {
  const parts = token.split(".");
  if (parts.length !== 5 || parts[1] !== "") throw invalid();
  const [headerText, , ivText, ciphertextText, tagText] = parts as [string, string, string, string, string];
  const header = jsonObject(segment(headerText));
  // Only what this module makes: no other algorithm, no compression, no critical extensions.
  if (header.alg !== ALG || header.enc !== ENC || "zip" in header || "crit" in header) throw invalid();
  const iv = segment(ivText);
  const ciphertext = segment(ciphertextText);
  const tag = segment(tagText);
  if (iv.length !== IV_BYTES || tag.length !== TAG_BYTES || ciphertext.length === 0) throw invalid();

  const candidates = await Promise.all(secrets.map((s) => keyFor(s, salt)));
  const key = header.kid === undefined ? candidates[0] : candidates.find((c) => c.kid === header.kid);
  // The tag is checked before anything is decrypted, so padding errors tell an attacker nothing.
  if (!key || !timingSafeEqual(tagOf(key.mac, headerText, iv, ciphertext), tag)) throw invalid();
  let plaintext: Buffer;
  try {
    const decipher = createDecipheriv("aes-256-cbc", key.enc, iv);
    plaintext = Buffer.concat([decipher.update(ciphertext), decipher.final()]);
  } catch {
    throw invalid();
  }
  const payload = jsonObject(plaintext) as JWTPayload;

  const nowS = Math.floor(Date.now() / 1000);
  const { exp, nbf, iat } = payload;
  if (typeof exp !== "number" || exp <= nowS - CLOCK_TOLERANCE_S) throw invalid();
  if (nbf !== undefined && (typeof nbf !== "number" || nbf > nowS + CLOCK_TOLERANCE_S)) throw invalid();
  if (iat !== undefined && typeof iat !== "number") throw invalid();
  return payload;
}
