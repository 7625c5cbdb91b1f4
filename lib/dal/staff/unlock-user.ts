import "server-only";
import { unlockAccount } from "@/lib/auth/signin-throttle";
import { supportCommand, type SupportInput } from "./support-command";

/** Lifts a sign-in block after too many failed attempts (the sign-in throttle's account key). */
export async function unlockUser(input: SupportInput) {
  return supportCommand(input, {
    action: "staff.user.unlocked",
    run: async (_tx, user) => {
      await unlockAccount(user.id);
      return { result: { unlocked: true } };
    },
  });
}
