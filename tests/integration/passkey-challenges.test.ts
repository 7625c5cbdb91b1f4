import { createHash, generateKeyPairSync, sign } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { isoCBOR } from "@simplewebauthn/server/helpers";
import { MINUTE, advanceClock, setClockOffset } from "@/lib/clock";
import { consumeChallenge, relyingParty, storeChallenge } from "@/lib/security/webauthn";
import { signInOptions, verifyPasskeySignIn } from "@/lib/security/passkeys";
import { db } from "@/lib/db";
import { createUser } from "./support/auth-http";

afterEach(() => setClockOffset(0));

describe("passkey challenges", () => {
  it("binds passkeys to the configured origin and RP ID", () => {
    expect(relyingParty()).toMatchObject({ id: "localhost", origin: "http://localhost:3100" });
  });

  it("are single use, for their purpose only, and expire after 5 minutes", async () => {
    const options = await signInOptions();
    expect(options.userVerification).toBe("required");
    expect(await consumeChallenge(options.challenge, "passkey-register")).toBe(false);
    expect(await consumeChallenge(options.challenge, "passkey-signin")).toBe(true);
    expect(await consumeChallenge(options.challenge, "passkey-signin")).toBe(false);

    await storeChallenge("late-challenge", "passkey-signin");
    advanceClock(5 * MINUTE + 1);
    expect(await consumeChallenge("late-challenge", "passkey-signin")).toBe(false);
  });

  it("refuses an answer from an unknown credential and audits it", async () => {
    const userId = await verifyPasskeySignIn(
      {
        id: "unknown-credential",
        rawId: "unknown-credential",
        type: "public-key",
        clientExtensionResults: {},
        response: { clientDataJSON: "e30", authenticatorData: "", signature: "" },
      },
      "10.9.9.9",
    );
    expect(userId).toBeNull();
    expect(await db.auditLog.count({ where: { ip: "10.9.9.9", action: "signin.failure" } })).toBe(1);
  });
});

// A software authenticator: an ES256 key whose signed answers the server verifies for real.
function softwareAuthenticator() {
  const { privateKey, publicKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
  const jwk = publicKey.export({ format: "jwk" });
  const cose = isoCBOR.encode(
    new Map<number, number | Uint8Array>([
      [1, 2],
      [3, -7],
      [-1, 1],
      [-2, Buffer.from(jwk.x!, "base64url")],
      [-3, Buffer.from(jwk.y!, "base64url")],
    ]),
  );
  const answer = (challenge: string, counter: number, credentialId: string) => {
    const rpIdHash = createHash("sha256").update("localhost").digest();
    const count = Buffer.alloc(4);
    count.writeUInt32BE(counter);
    const authData = Buffer.concat([rpIdHash, Buffer.from([0x05]), count]); // user present + verified
    const clientData = Buffer.from(
      JSON.stringify({ type: "webauthn.get", challenge, origin: "http://localhost:3100" }),
    );
    const signed = Buffer.concat([authData, createHash("sha256").update(clientData).digest()]);
    return {
      id: credentialId,
      rawId: credentialId,
      type: "public-key" as const,
      clientExtensionResults: {},
      response: {
        clientDataJSON: clientData.toString("base64url"),
        authenticatorData: authData.toString("base64url"),
        signature: sign("sha256", signed, privateKey).toString("base64url"),
      },
    };
  };
  return { cose, answer };
}

describe("passkey sign-in", () => {
  it("accepts a valid answer once and refuses a counter that goes back (a cloned authenticator)", async () => {
    const user = await createUser();
    const authenticator = softwareAuthenticator();
    const credentialId = Buffer.from(`cred-${user.id}`).toString("base64url");
    const passkey = await db.passkey.create({
      data: {
        userId: user.id,
        name: "Laptop",
        credentialId,
        publicKey: Buffer.from(authenticator.cose),
        counter: 5n,
      },
    });

    const first = await signInOptions();
    const answer = authenticator.answer(first.challenge, 6, credentialId);
    expect(await verifyPasskeySignIn(answer, "10.9.9.10")).toBe(user.id);
    const stored = await db.passkey.findUniqueOrThrow({ where: { id: passkey.id } });
    expect(stored.counter).toBe(6n);
    expect(stored.lastUsedAt).not.toBeNull();
    // The same answer again: its challenge is used up.
    expect(await verifyPasskeySignIn(answer, "10.9.9.10")).toBeNull();

    const second = await signInOptions();
    expect(
      await verifyPasskeySignIn(authenticator.answer(second.challenge, 3, credentialId), "10.9.9.10"),
    ).toBeNull();
    const entry = await db.auditLog.findFirstOrThrow({
      where: { targetId: user.id, action: "signin.passkey_counter_regression" },
    });
    expect(entry.details).toMatchObject({ reason: "counter_regression", passkeyId: passkey.id });
  });
});
