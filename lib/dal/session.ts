import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { auth } from "@/lib/auth";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/client";
import { secondFactorRequired } from "@/lib/security/factors";
import { revokeSession } from "@/lib/auth/revocation";
import { audit } from "@/lib/audit";

export type CurrentUser = {
  id: string;
  sessionId: string;
  username: string;
  email: string;
  firstName: string;
  lastName: string;
  role: Role;
  locale: string;
  mustChangePassword: boolean;
  /** A confirmed authenticator app or a passkey. */
  hasSecondFactor: boolean;
  /** This browser's sign-in passed a second factor (or a passkey, or set one up). */
  sessionMfa: boolean;
};

/**
 * The signed-in user of this request, or null. Auth.js has already checked the session against
 * the database (revoked, expired, idle, session version, status); cached for the request.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await auth();
  const id = session?.user?.id;
  const sessionId = session?.sid;
  if (!id || !sessionId) return null;
  const user = await db.user.findUnique({
    where: { id },
    select: {
      username: true,
      email: true,
      firstName: true,
      lastName: true,
      role: true,
      locale: true,
      mustChangePassword: true,
      status: true,
      deletedAt: true,
      totp: { select: { confirmedAt: true } },
      _count: { select: { passkeys: true } },
      signIns: { where: { id: sessionId }, select: { mfa: true } },
    },
  });
  if (!user || user.status !== "ACTIVE" || user.deletedAt) return null;
  const { status: _s, deletedAt: _d, totp, _count, signIns, ...rest } = user;
  return {
    id,
    sessionId,
    ...rest,
    hasSecondFactor: !!totp?.confirmedAt || _count.passkeys > 0,
    sessionMfa: signIns[0]?.mfa ?? false,
  };
});

export const FORCED_CHANGE_PATH = "/change-password";
export const ENROL_PATH = "/account/security/enrol";

type RequireOptions = {
  /** Path (without locale) to come back to after signing in. */
  returnTo?: string;
  /** Only the forced-change page itself sets this. */
  allowPendingPasswordChange?: boolean;
  /** Only the pages and actions that set up a second factor (and signing out) set this. */
  allowMissingSecondFactor?: boolean;
};

/**
 * What a signed-in user must do before anything else works, or null when nothing:
 * - "password": customer care set their password; they choose their own first;
 * - "signInAgain": a second factor is required and they have one, but this sign-in (from before
 *   the factor existed, this browser or another) never passed it. Otherwise a password alone,
 *   used before the owner set up the factor, would become a full session and could even add a
 *   factor of its own;
 * - "enrol": a second factor is required (staff; customers when configured) and they have none.
 */
export function pendingStep(user: CurrentUser): "password" | "signInAgain" | "enrol" | null {
  if (user.mustChangePassword) return "password"; // the new password comes first, the factor after it
  if (!secondFactorRequired(user.role)) return null;
  if (!user.hasSecondFactor) return "enrol";
  return user.sessionMfa ? null : "signInAgain";
}

/**
 * The signed-in user, or a redirect to sign-in; a user with a pending step (pendingStep) is sent
 * to take it, from every page and action.
 */
export async function requireUser(options: RequireOptions = {}): Promise<CurrentUser> {
  const user = await getCurrentUser();
  const locale = await getLocale();
  const back = options.returnTo ? `callbackUrl=${encodeURIComponent(`/${locale}${options.returnTo}`)}` : "";
  if (!user) redirect(`/${locale}/login${back && `?${back}`}`);
  switch (pendingStep(user)) {
    case "password":
      if (!options.allowPendingPasswordChange) redirect(`/${locale}${FORCED_CHANGE_PATH}`);
      break;
    case "signInAgain":
      await endSessionWithoutSecondStep(user);
      redirect(`/${locale}/login?again=1${back && `&${back}`}`);
    case "enrol":
      if (!options.allowMissingSecondFactor) redirect(`/${locale}${ENROL_PATH}?required=1`);
  }
  return user;
}

async function endSessionWithoutSecondStep(user: CurrentUser) {
  await revokeSession(user.sessionId);
  await audit({ action: "session.ended_without_second_step", actorId: user.id, targetId: user.id });
}
