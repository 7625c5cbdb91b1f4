// What the second-factor tests share: signing in through the server action, reading the
// cookies it set and the redirects Next.js signals by throwing, and a user with an authenticator.
import { TOTP } from "otpauth";
import { db } from "@/lib/db";
import { MINUTE, advanceClock, now } from "@/lib/clock";
import { signInAction } from "@/lib/actions/sign-in-action";
import { completeSecondStepAction } from "@/lib/actions/complete-second-step-action";
import { pendingTotpEnrolment } from "@/lib/security/totp";
import { confirmTotp } from "@/lib/security/manage-factors";
import { createUser } from "./auth-http";
import { request } from "./next-request";

/** The promise's value, or the redirect (or notFound) Next.js signalled with its digest. */
export async function outcome<T>(p: Promise<T>) {
  try {
    return { result: await p };
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? "";
    if (!digest.startsWith("NEXT_")) throw error;
    return { digest };
  }
}

export const sessionCookie = () => request.cookies.get("portal.session");
export const pendingCookie = () => request.cookies.get("portal.pending-signin");
export const auditActions = async (targetId: string) =>
  (await db.auditLog.findMany({ where: { targetId }, orderBy: { id: "asc" } })).map((a) => a.action);

/** A user with a confirmed authenticator; returns the key and the recovery codes. */
export async function userWithTotp(extra: Parameters<typeof createUser>[0] = {}) {
  const user = await createUser(extra);
  const enrolment = (await pendingTotpEnrolment(user.id, user.username))!;
  const session = await db.signInSession.create({
    data: { userId: user.id, expiresAt: new Date(now().getTime() + MINUTE * 60) },
  });
  const codes = await confirmTotp(
    { userId: user.id, sessionId: session.id, ip: "10.0.0.1" },
    totpCode(enrolment.secret),
  );
  advanceClock(30_000); // the enrolment code's step is used up
  return { user, secret: enrolment.secret, codes: codes! };
}

export function totpCode(secret: string) {
  return new TOTP({ secret }).generate({ timestamp: now().getTime() });
}

export async function passwordStep(identifier: string, password: string, remember = false) {
  return outcome(signInAction({ identifier, password, remember }));
}

/** A new customer signed in through the sign-in action; the next calls send its session cookie. */
export async function signedInCustomer() {
  const user = await createUser();
  await passwordStep(user.email, user.password);
  request.headers.set("cookie", `portal.session=${sessionCookie()!.value}`);
  return user;
}

/**
 * A new staff member with an authenticator, signed in through both steps (the console wants a
 * sign-in that passed the second factor); the next calls send its session cookie.
 */
export async function signedInStaff(role: "SUPPORT" | "ADMIN") {
  const { user, secret } = await userWithTotp();
  await db.user.update({ where: { id: user.id }, data: { role } });
  await passwordStep(user.email, user.password);
  const done = await outcome(completeSecondStepAction({ code: totpCode(secret) }));
  if (!done.digest?.includes("NEXT_REDIRECT"))
    throw new Error(`second step refused: ${JSON.stringify(done)}`);
  request.headers.set("cookie", `portal.session=${sessionCookie()!.value}`);
  return { ...user, role };
}
