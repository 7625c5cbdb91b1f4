import "server-only";
import { db } from "@/lib/db";
import { log } from "@/lib/observability/logger";
import { demoAccounts } from "@/prisma/seed-data";

/**
 * Demo accounts have published passwords (OWASP ASVS 6.3.2: no default accounts). A production
 * instance that finds one says so at every start, at error level, until it is removed.
 */
export async function warnAboutDemoAccounts() {
  const found = await db.user.findMany({
    where: { email: { in: demoAccounts.map((a) => a.email) }, deletedAt: null },
    select: { username: true, role: true, status: true },
  });
  if (found.length === 0) return [];
  log("security").error(
    { accounts: found },
    `DEMO ACCOUNTS EXIST IN PRODUCTION (${found.map((a) => a.username).join(", ")}): their passwords ` +
      "are public. Delete or disable them now; create administrators with `npm run admin:create`.",
  );
  return found;
}
