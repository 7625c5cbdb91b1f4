import "server-only";
import { DAY, HOUR } from "@/lib/clock";
import { deleteExpiredCounters } from "@/lib/rate-limit";
import type { ScheduledJob } from "./scheduler";

// Hourly housekeeping. Expired links are kept a week so an old link still says "expired" rather
// than "unknown"; delivered e-mails (which contain links) go after 30 days; throttling counters
// once their window has passed.
export const cleanupJob: ScheduledJob = {
  name: "cleanup",
  everyMs: HOUR,
  async run(tx, { now }) {
    const at = now.getTime();
    const tokens = await tx.oneTimeToken.deleteMany({ where: { expiresAt: { lt: new Date(at - 7 * DAY) } } });
    const challenges = await tx.authChallenge.deleteMany({
      where: { expiresAt: { lt: new Date(at - DAY) } },
    });
    const emails = await tx.emailOutbox.deleteMany({
      where: { status: "SENT", sentAt: { lt: new Date(at - 30 * DAY) } },
    });
    const throttles = await deleteExpiredCounters(tx, now, HOUR);
    return {
      expiredLinks: tokens.count,
      authChallenges: challenges.count,
      sentEmails: emails.count,
      throttleCounters: throttles,
    };
  },
};
