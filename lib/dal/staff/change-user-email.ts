import "server-only";
import { enqueueEmail } from "@/lib/email/outbox";
import {
  emailChangedNewAddressEmail,
  emailChangedOldAddressEmail,
} from "@/lib/email/templates/staff-email-changed";
import { Prisma } from "@/lib/generated/prisma/client";
import { StaffError } from "./actor";
import { endAllSessions, expireOpenTokens } from "./end-sessions";
import { supportCommand, type SupportInput } from "./support-command";

/**
 * FAQ 2.4: the customer lost access to the registered address. Support sets the new one; both
 * addresses are told, every session ends and links sent to the old address stop working, so the
 * customer continues with "forgot password" at the new address.
 */
export async function changeUserEmail(input: SupportInput & { newEmail: string }) {
  const newEmail = input.newEmail.trim().toLowerCase();
  try {
    return await supportCommand(input, {
      action: "staff.user.email_changed",
      run: async (tx, user) => {
        if (user.email === newEmail) throw new StaffError("sameEmail");
        await tx.user.update({ where: { id: user.id }, data: { email: newEmail } });
        await endAllSessions(tx, user.id);
        await expireOpenTokens(tx, user.id);
        await enqueueEmail(tx, {
          to: user.email,
          locale: user.locale,
          template: emailChangedOldAddressEmail,
          props: { name: user.firstName, newEmail },
        });
        await enqueueEmail(tx, {
          to: newEmail,
          locale: user.locale,
          template: emailChangedNewAddressEmail,
          props: { name: user.firstName, username: user.username },
        });
        return { result: { email: newEmail }, details: { from: user.email, to: newEmail } };
      },
    });
  } catch (e) {
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002")
      throw new StaffError("emailTaken");
    throw e;
  }
}
