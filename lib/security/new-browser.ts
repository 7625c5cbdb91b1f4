import "server-only";
import { db, type Tx } from "@/lib/db";
import { deviceLabel, describeUserAgent } from "./user-agent";
import { notifySecurityEvent } from "./notify";

/** How many of the account's most recent distinct browsers a new sign-in is compared with. */
const COMPARED_BROWSERS = 50;

/**
 * Whether a sign-in with `userAgent` comes from a browser family / operating system this account
 * has not signed in with before. The very first sign-in of an account is not "new" (there is
 * nothing to compare). Read-only and cheap in the common case: the exact same User-Agent string
 * as an earlier sign-in answers without parsing anything.
 */
export async function isNewBrowser(userId: string, userAgent: string) {
  const earlier = await db.$queryRaw<{ userAgent: string | null }[]>`
    SELECT "userAgent" FROM "SignInSession" WHERE "userId" = ${userId}
    GROUP BY "userAgent" ORDER BY max("createdAt") DESC LIMIT ${COMPARED_BROWSERS}`;
  if (earlier.length === 0) return false;
  if (earlier.some((s) => s.userAgent === userAgent)) return false;
  const mine = describeUserAgent(userAgent);
  return !earlier.some((s) => {
    const d = describeUserAgent(s.userAgent);
    return d.browser === mine.browser && d.os === mine.os;
  });
}

/** Queues the "sign-in from a new browser" notice in the caller's transaction. */
export async function notifyNewBrowser(tx: Tx, userId: string, userAgent: string, ip: string) {
  const user = await tx.user.findUniqueOrThrow({
    where: { id: userId },
    select: { email: true, locale: true, firstName: true },
  });
  await notifySecurityEvent(
    tx,
    user,
    "newBrowser",
    `${deviceLabel(describeUserAgent(userAgent), "?")} (${ip})`,
  );
}
