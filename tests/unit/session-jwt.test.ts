import { createCipheriv, createHmac, hkdfSync, randomBytes } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { decode, encode } from "@auth/core/jwt";
import { base64url, calculateJwkThumbprint } from "jose";
import { decodeJwt, encodeJwt } from "@/lib/auth/session-jwt";

// Session tokens must stay readable by Auth.js and Auth.js's by us (same JWE format), and
// everything else — a changed byte, another algorithm, an expired token — must be refused.

const SECRET = "a-session-secret-that-is-at-least-32-characters";
const OTHER = "another-session-secret-of-at-least-32-characters";
const SALT = "portal.session-token";
const CLAIMS = { sub: "user-1", sid: "session-1", sv: 2, rem: true, absExp: 1_800_000_000_000 };

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
const decodeOne = (token: string) => decodeJwt(token, [SECRET], SALT);

/** The token with one character of segment `index` changed. */
function altered(token: string, index: number) {
  const parts = token.split(".");
  const s = parts[index]!;
  const i = Math.floor(s.length / 2);
  parts[index] = s.slice(0, i) + (s[i] === "A" ? "B" : "A") + s.slice(i + 1);
  return parts.join(".");
}

/**
 * A token sealed with the right key under any header, built here from RFC 7518 §5.2.2 rather
 * than by the module under test: a refusal of it can only come from the header checks.
 */
async function sealed(header: Record<string, unknown>, claims: object) {
  const key = Buffer.from(hkdfSync("sha256", SECRET, SALT, `Auth.js Generated Encryption Key (${SALT})`, 64));
  const kid = await calculateJwkThumbprint({ kty: "oct", k: base64url.encode(key) }, "sha512");
  const protectedHeader = b64({ ...header, kid });
  const iv = randomBytes(16);
  const cipher = createCipheriv("aes-256-cbc", key.subarray(32), iv);
  const ciphertext = Buffer.concat([cipher.update(JSON.stringify(claims)), cipher.final()]);
  const bits = Buffer.alloc(8);
  bits.writeBigUInt64BE(BigInt(protectedHeader.length * 8));
  const tag = createHmac("sha512", key.subarray(0, 32))
    .update(protectedHeader)
    .update(iv)
    .update(ciphertext)
    .update(bits)
    .digest()
    .subarray(0, 32);
  return [protectedHeader, "", iv, ciphertext, tag]
    .map((p) => (typeof p === "string" ? p : p.toString("base64url")))
    .join(".");
}

afterEach(() => vi.useRealTimers());

describe("session tokens", () => {
  it("round-trips the claims and adds iat, exp and a unique jti", async () => {
    vi.useFakeTimers({ now: new Date("2026-05-01T10:00:00Z"), toFake: ["Date"] });
    const a = await encodeJwt({ ...CLAIMS }, SECRET, SALT, 3600);
    const b = await encodeJwt({ ...CLAIMS }, SECRET, SALT, 3600);
    const nowS = Date.parse("2026-05-01T10:00:00Z") / 1000;
    const payload = await decodeOne(a);
    expect(payload).toMatchObject({ ...CLAIMS, iat: nowS, exp: nowS + 3600 });
    expect(payload.jti).not.toBe((await decodeOne(b)).jti);
    expect(a).not.toBe(b);
  });

  it("is read by Auth.js and reads Auth.js's tokens", async () => {
    const ours = await encodeJwt({ ...CLAIMS }, SECRET, SALT, 3600);
    expect(await decode({ token: ours, secret: SECRET, salt: SALT })).toMatchObject(CLAIMS);
    const theirs = await encode({ token: { ...CLAIMS }, secret: SECRET, salt: SALT, maxAge: 3600 });
    expect(await decodeOne(theirs)).toMatchObject(CLAIMS);
    // Auth.js's header carries the same key id ours does.
    expect(JSON.parse(Buffer.from(theirs.split(".")[0]!, "base64url").toString())).toEqual(
      JSON.parse(Buffer.from(ours.split(".")[0]!, "base64url").toString()),
    );
  });

  it("refuses a token with any changed segment", async () => {
    const token = await encodeJwt({ ...CLAIMS }, SECRET, SALT, 3600);
    for (const index of [0, 2, 3, 4]) await expect(decodeOne(altered(token, index))).rejects.toThrow();
    const parts = token.split(".");
    parts[1] = "AAAA"; // "dir" has no encrypted key
    await expect(decodeOne(parts.join("."))).rejects.toThrow();
    await expect(decodeOne(`${token}=`)).rejects.toThrow();
    await expect(decodeOne(token.split(".").slice(0, 4).join("."))).rejects.toThrow();
  });

  it("refuses tokens of another secret or salt, and picks the secret by key id", async () => {
    const token = await encodeJwt({ ...CLAIMS }, OTHER, SALT, 3600);
    await expect(decodeOne(token)).rejects.toThrow();
    await expect(decodeJwt(token, [SECRET, OTHER], `${SALT}x`)).rejects.toThrow();
    expect(await decodeJwt(token, [SECRET, OTHER], SALT)).toMatchObject({ sid: "session-1" });
  });

  it("refuses other algorithms, compression and critical extensions, even with a valid tag", async () => {
    const exp = Math.floor(Date.now() / 1000) + 3600;
    expect(
      await decodeOne(await sealed({ alg: "dir", enc: "A256CBC-HS512" }, { ...CLAIMS, exp })),
    ).toMatchObject(CLAIMS);
    for (const header of [
      { alg: "dir", enc: "A128CBC-HS256" },
      { alg: "A256KW", enc: "A256CBC-HS512" },
      { alg: "dir", enc: "A256CBC-HS512", zip: "DEF" },
      { alg: "dir", enc: "A256CBC-HS512", crit: ["exp"] },
    ]) {
      await expect(decodeOne(await sealed(header, { ...CLAIMS, exp }))).rejects.toThrow();
    }
  });

  it("refuses a header swapped into a token made for another one", async () => {
    const token = await encodeJwt({ ...CLAIMS }, SECRET, SALT, 3600);
    const [, , iv, ct, tag] = token.split(".");
    for (const header of [
      { alg: "dir", enc: "A128CBC-HS256" },
      { alg: "A256KW", enc: "A256CBC-HS512" },
      { alg: "dir", enc: "A256CBC-HS512", zip: "DEF" },
      { alg: "dir", enc: "A256CBC-HS512", crit: ["exp"] },
      { alg: "dir", enc: "A256CBC-HS512" }, // without its kid: other bytes, other tag
      ["dir"],
    ]) {
      await expect(decodeOne([b64(header), "", iv, ct, tag].join("."))).rejects.toThrow();
    }
  });

  it("refuses an expired token after the 15 s tolerance, not before", async () => {
    vi.useFakeTimers({ now: new Date("2026-05-01T10:00:00Z"), toFake: ["Date"] });
    const token = await encodeJwt({ ...CLAIMS }, SECRET, SALT, 60);
    vi.setSystemTime(new Date("2026-05-01T10:01:14Z"));
    expect(await decodeOne(token)).toMatchObject({ sid: "session-1" });
    vi.setSystemTime(new Date("2026-05-01T10:01:15Z"));
    await expect(decodeOne(token)).rejects.toThrow();
  });

  it("refuses a token that is not yet valid or has no expiry", async () => {
    vi.useFakeTimers({ now: new Date("2026-05-01T10:00:00Z"), toFake: ["Date"] });
    const nowS = Math.floor(Date.now() / 1000);
    const notYet = await encode({
      token: { ...CLAIMS, nbf: nowS + 60 },
      secret: SECRET,
      salt: SALT,
      maxAge: 3600,
    });
    await expect(decodeOne(notYet)).rejects.toThrow();
    // exp is set from maxAge; a payload that overrides it with a non-number is refused.
    const badExp = await encodeJwt({ ...CLAIMS }, SECRET, SALT, Number.NaN);
    await expect(decodeOne(badExp)).rejects.toThrow();
  });
});
