import "server-only";
import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
  type AuthenticationResponseJSON,
  type RegistrationResponseJSON,
} from "@simplewebauthn/server";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { now } from "@/lib/clock";
import { notifySecurityEvent } from "./notify";
import { replaceRecoveryCodes } from "./recovery-codes";
import { consumeChallenge, relyingParty, storeChallenge } from "./webauthn";

// Passkeys: discoverable credentials with user verification required, so a passkey sign-in is
// multi-factor on its own (something you have + a PIN or biometric).

export async function registrationOptions(user: { id: string; username: string; email: string }) {
  const rp = relyingParty();
  const existing = await db.passkey.findMany({ where: { userId: user.id }, select: { credentialId: true } });
  const options = await generateRegistrationOptions({
    rpName: rp.name,
    rpID: rp.id,
    userName: user.username,
    userDisplayName: user.email,
    userID: new TextEncoder().encode(user.id),
    attestationType: "none",
    excludeCredentials: existing.map((p) => ({ id: p.credentialId })),
    authenticatorSelection: { residentKey: "required", userVerification: "required" },
  });
  await storeChallenge(options.challenge, "passkey-register", user.id);
  return options;
}

type Actor = { userId: string; sessionId: string; ip: string };

/**
 * Verifies the browser's answer and stores the passkey. Returns the recovery codes when this is
 * the account's first second factor (shown once), an empty list otherwise; null when invalid.
 */
export async function addPasskey(
  { userId, sessionId, ip }: Actor,
  name: string,
  response: RegistrationResponseJSON,
): Promise<string[] | null> {
  const rp = relyingParty();
  let verified;
  try {
    verified = await verifyRegistrationResponse({
      response,
      expectedChallenge: (c) => consumeChallenge(c, "passkey-register", userId),
      expectedOrigin: rp.origin,
      expectedRPID: rp.id,
      requireUserVerification: true,
    });
  } catch {
    verified = null;
  }
  if (!verified?.verified) {
    await audit({ action: "mfa.passkey_add_failed", actorId: userId, targetId: userId, ip });
    return null;
  }
  const { credential, credentialDeviceType, credentialBackedUp } = verified.registrationInfo;
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { email: true, locale: true, firstName: true },
  });
  return db.$transaction(async (tx) => {
    const hadFactor =
      (await tx.passkey.count({ where: { userId } })) > 0 ||
      (await tx.totpFactor.count({ where: { userId, confirmedAt: { not: null } } })) > 0;
    await tx.passkey.create({
      data: {
        userId,
        name,
        credentialId: credential.id,
        publicKey: Buffer.from(credential.publicKey),
        counter: BigInt(credential.counter),
        transports: credential.transports ?? [],
        deviceType: credentialDeviceType,
        backedUp: credentialBackedUp,
        createdAt: now(),
      },
    });
    await tx.signInSession.updateMany({ where: { id: sessionId, userId }, data: { mfa: true } });
    await notifySecurityEvent(tx, user, "passkeyAdded");
    await audit(
      { action: "mfa.passkey_added", actorId: userId, targetId: userId, ip, details: { name } },
      tx,
    );
    if (hadFactor) return [];
    await audit({ action: "mfa.recovery_codes_created", actorId: userId, targetId: userId, ip }, tx);
    return replaceRecoveryCodes(tx, userId);
  });
}

export async function signInOptions() {
  const options = await generateAuthenticationOptions({
    rpID: relyingParty().id,
    userVerification: "required",
  });
  await storeChallenge(options.challenge, "passkey-signin");
  return options;
}

/**
 * The user a passkey answer proves, or null. The challenge is used up whatever the outcome; a
 * signature counter lower than the stored one (a cloned authenticator) is refused and audited.
 */
export async function verifyPasskeySignIn(response: AuthenticationResponseJSON, ip: string) {
  const passkey = await db.passkey.findUnique({ where: { credentialId: response.id } });
  if (!passkey) {
    await audit({ action: "signin.failure", ip, details: { reason: "unknown_passkey" } });
    return null;
  }
  const rp = relyingParty();
  try {
    const { verified, authenticationInfo } = await verifyAuthenticationResponse({
      response,
      expectedChallenge: (c) => consumeChallenge(c, "passkey-signin"),
      expectedOrigin: rp.origin,
      expectedRPID: rp.id,
      requireUserVerification: true,
      credential: {
        id: passkey.credentialId,
        publicKey: new Uint8Array(passkey.publicKey),
        counter: Number(passkey.counter),
        transports: passkey.transports,
      },
    });
    if (!verified) throw new Error("not verified");
    await db.passkey.update({
      where: { id: passkey.id },
      data: { counter: BigInt(authenticationInfo.newCounter), lastUsedAt: now() },
    });
    return passkey.userId;
  } catch (error) {
    const regression = error instanceof Error && /counter value/i.test(error.message);
    await audit({
      action: regression ? "signin.passkey_counter_regression" : "signin.failure",
      targetId: passkey.userId,
      ip,
      details: { reason: regression ? "counter_regression" : "passkey_invalid", passkeyId: passkey.id },
    });
    return null;
  }
}

/** Removes one of the user's passkeys (after re-authentication by the caller). */
export async function removePasskey({ userId, ip }: Actor, passkeyId: string) {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { email: true, locale: true, firstName: true },
  });
  return db.$transaction(async (tx) => {
    const { count } = await tx.passkey.deleteMany({ where: { id: passkeyId, userId } });
    if (!count) return false;
    const left =
      (await tx.passkey.count({ where: { userId } })) +
      (await tx.totpFactor.count({ where: { userId, confirmedAt: { not: null } } }));
    if (!left) await tx.recoveryCode.deleteMany({ where: { userId } });
    await notifySecurityEvent(tx, user, "passkeyRemoved");
    await audit(
      { action: "mfa.passkey_removed", actorId: userId, targetId: userId, ip, details: { passkeyId } },
      tx,
    );
    return true;
  });
}
