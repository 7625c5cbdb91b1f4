import "server-only";
import type { Tx } from "@/lib/db";
import { deviceLabel, describeUserAgent } from "./user-agent";
import { notifySecurityEvent } from "./notify";

/**
 * A sign-in from a browser family / operating system this account has not signed in with before
 * gets a notice. The very first sign-in of an account does not (there is nothing to compare).
 */
export async function notifyIfNewBrowser(tx: Tx, userId: string, userAgent: string, ip: string) {
  const earlier = await tx.signInSession.findMany({
    where: { userId },
    select: { userAgent: true },
    orderBy: { createdAt: "desc" },
    take: 200,
  });
  if (earlier.length === 0) return;
  const mine = describeUserAgent(userAgent);
  const seen = earlier.some((s) => {
    const d = describeUserAgent(s.userAgent);
    return d.browser === mine.browser && d.os === mine.os;
  });
  if (seen) return;
  const user = await tx.user.findUniqueOrThrow({
    where: { id: userId },
    select: { email: true, locale: true, firstName: true },
  });
  await notifySecurityEvent(tx, user, "newBrowser", `${deviceLabel(mine, "?")} (${ip})`);
}
