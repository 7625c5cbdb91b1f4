import "server-only";
import { randomInt } from "node:crypto";
import { hashPassword } from "@/lib/auth/password";
import { enqueueEmail } from "@/lib/email/outbox";
import { temporaryPasswordNoticeEmail } from "@/lib/email/templates/staff-temporary-password";
import { assertStaff } from "./actor";
import { endAllSessions, expireOpenTokens } from "./end-sessions";
import { supportCommand, type SupportInput } from "./support-command";

// No 0/O, 1/l/I: the password is read out or typed from a message.
const ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/** 4 groups of 5 from 55 symbols: ≈ 115 bits from the CSPRNG, easy to dictate ("Ab3xk-…"). */
export function generateTemporaryPassword() {
  const groups = Array.from({ length: 4 }, () =>
    Array.from({ length: 5 }, () => ALPHABET[randomInt(ALPHABET.length)]).join(""),
  );
  return groups.join("-");
}

/**
 * FAQ 2.5: the reset e-mail never arrives. Support assigns a temporary password, shown once to the
 * staff member; the customer must choose a new one at the next sign-in, and every session ends.
 */
export async function assignTemporaryPassword(input: SupportInput) {
  assertStaff(input.actor);
  const password = generateTemporaryPassword();
  // Hashed before the transaction: argon2 takes tens of milliseconds and would hold its locks.
  const passwordHash = await hashPassword(password);
  return supportCommand(input, {
    action: "staff.user.temporary_password",
    run: async (tx, user) => {
      await tx.user.update({ where: { id: user.id }, data: { passwordHash, mustChangePassword: true } });
      await endAllSessions(tx, user.id);
      await expireOpenTokens(tx, user.id, ["PASSWORD_RESET", "SET_PASSWORD"]);
      await enqueueEmail(tx, {
        to: user.email,
        locale: user.locale,
        template: temporaryPasswordNoticeEmail,
        props: { name: user.firstName },
      });
      return { result: { password } };
    },
  });
}
