import "server-only";
import { reset, type LimitRule } from "@/lib/rate-limit";
import { supportCommand, type SupportInput } from "./support-command";

// The per-account sign-in throttles, by limiter name. The sign-in branch owns these names; at merge
// this list is replaced by its export. The rule does not matter for a reset (keys are per name).
export const ACCOUNT_THROTTLES = ["signin-account", "password-reset"] as const;
const ANY_RULE: LimitRule = { points: 1, durationSec: 1 };

/** Lifts a sign-in block on the account (every key it may be throttled under). */
export async function unlockUser(input: SupportInput) {
  return supportCommand(input, {
    action: "staff.user.unlocked",
    run: async (_tx, user) => {
      const keys = [user.id, user.email, user.username];
      await Promise.all(ACCOUNT_THROTTLES.flatMap((name) => keys.map((key) => reset(name, key, ANY_RULE))));
      return { result: { unlocked: true } };
    },
  });
}
