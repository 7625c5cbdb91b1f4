import "server-only";
import type { User } from "next-auth";
import type { AuthenticationResponseJSON } from "@simplewebauthn/server";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { clientIpFrom, userAgentFrom } from "@/lib/request-info";
import { verifyPasskeySignIn } from "@/lib/security/passkeys";
import { recordIpFailure } from "./signin-throttle";
import { allowSignInFrom } from "./sign-in-lookup";
import { startSession } from "./start-session";
import { SignInFailure } from "./sign-in-failure";

function parse(raw: unknown): AuthenticationResponseJSON | null {
  if (typeof raw !== "string" || raw.length > 20_000) return null;
  try {
    const r = JSON.parse(raw) as AuthenticationResponseJSON;
    return typeof r?.id === "string" && typeof r.response?.clientDataJSON === "string" ? r : null;
  } catch {
    return null;
  }
}

/**
 * The passkey Credentials provider: the browser's signed answer to a stored challenge. User
 * verification is required, so this sign-in counts as multi-factor (and skips the second step).
 */
export async function authorizePasskey(
  credentials: Partial<Record<string, unknown>>,
  request: Request,
): Promise<User> {
  const ip = clientIpFrom(request.headers);
  if (!(await allowSignInFrom(ip))) {
    await audit({ action: "signin.throttled", ip });
    throw new SignInFailure("rate_limited");
  }
  const response = parse(credentials.response);
  const userId = response ? await verifyPasskeySignIn(response, ip) : null;
  if (!userId) {
    await recordIpFailure(ip);
    throw new SignInFailure("invalid");
  }
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { status: true, deletedAt: true, sessionVersion: true },
  });
  if (!user || user.status !== "ACTIVE" || user.deletedAt) {
    await audit({ action: "signin.refused", targetId: userId, ip, details: { status: user?.status } });
    throw new SignInFailure("contact_support");
  }
  return startSession({
    userId,
    sessionVersion: user.sessionVersion,
    remember: false,
    ip,
    userAgent: userAgentFrom(request.headers),
    mfa: true,
    method: "passkey",
  });
}
