import "server-only";
import { now } from "@/lib/clock";
import { issueToken } from "@/lib/tokens";
import { enqueueEmail } from "@/lib/email/outbox";
import { registrationConfirmEmail } from "@/lib/email/templates/registration-confirm-email";
import { CONFIRMATION_TTL_MS } from "@/lib/registration/register-user";
import { activate } from "@/lib/registration/confirm-email";
import type { Role } from "@/lib/generated/prisma/client";
import { assertAdmin, StaffError } from "./actor";
import { endAllSessions } from "./end-sessions";
import { supportCommand, type SupportInput } from "./support-command";

/** FAQ 1.6: a new confirmation link to the registered address; earlier links stop working. */
export async function resendConfirmationEmail(input: SupportInput) {
  return supportCommand(input, {
    action: "staff.user.confirmation_resent",
    run: async (tx, user) => {
      if (user.status !== "PENDING_EMAIL") throw new StaffError("wrongStatus");
      const { token, expiresAt } = await issueToken(tx, {
        userId: user.id,
        purpose: "EMAIL_VERIFICATION",
        ttlMs: CONFIRMATION_TTL_MS,
      });
      // The registration's own confirmation e-mail, with its deadline (FAQ 1.5: 14 days).
      await enqueueEmail(tx, {
        to: user.email,
        locale: user.locale,
        template: registrationConfirmEmail,
        props: { name: user.firstName, username: user.username, token, expiresAt: expiresAt.toISOString() },
      });
      return { result: { expiresAt }, details: { to: user.email } };
    },
  });
}

/**
 * FAQ 1.6 when the e-mail never arrives: customer care confirms the address by hand. From there it
 * is exactly as if the customer had clicked the link: the activation rules decide (active at once,
 * or the verification queue) and the customer gets the same e-mail.
 */
export async function confirmEmailByHand(input: SupportInput) {
  return supportCommand(input, {
    action: "staff.user.email_confirmed",
    run: async (tx, user) => {
      if (user.status !== "PENDING_EMAIL") throw new StaffError("wrongStatus");
      const outcome = await activate(tx, user.id, input.ip);
      if (outcome?.state !== "confirmed") throw new StaffError("wrongStatus");
      return {
        result: { status: outcome.status },
        details: { outcome: outcome.status, activationReason: outcome.reason },
      };
    },
  });
}

/** Blocks the account and ends its sessions; re-enabling restores access. */
export async function disableUser(input: SupportInput) {
  return supportCommand(input, {
    action: "staff.user.disabled",
    notOnSelf: true,
    run: async (tx, user) => {
      if (user.status === "DISABLED") throw new StaffError("wrongStatus");
      await tx.user.update({ where: { id: user.id }, data: { status: "DISABLED", statusChangedAt: now() } });
      await endAllSessions(tx, user.id);
      return { result: { status: "DISABLED" as const }, details: { previousStatus: user.status } };
    },
  });
}

export async function enableUser(input: SupportInput) {
  return supportCommand(input, {
    action: "staff.user.enabled",
    notOnSelf: true,
    run: async (tx, user) => {
      if (user.status !== "DISABLED") throw new StaffError("wrongStatus");
      // An address nobody confirmed stays unconfirmed: re-enabling is no verification.
      const status = user.emailVerified ? "ACTIVE" : "PENDING_EMAIL";
      const at = now();
      await tx.user.update({
        where: { id: user.id },
        data: { status, statusChangedAt: at, ...(status === "ACTIVE" && { activatedAt: at }) },
      });
      return { result: { status } };
    },
  });
}

/** Ends every session, e.g. after a lost laptop. */
export async function signOutEverywhere(input: SupportInput) {
  return supportCommand(input, {
    action: "staff.user.signed_out",
    run: async (tx, user) => {
      const revoked = await endAllSessions(tx, user.id);
      return { result: { revoked }, details: { revoked } };
    },
  });
}

/** Admins only; nobody changes their own role (the last admin cannot demote themselves away). */
export async function changeUserRole(input: SupportInput & { role: Role }) {
  assertAdmin(input.actor);
  return supportCommand(input, {
    action: "staff.user.role_changed",
    notOnSelf: true,
    run: async (tx, user) => {
      if (user.role === input.role) throw new StaffError("wrongStatus");
      await tx.user.update({ where: { id: user.id }, data: { role: input.role } });
      // The role travels in the session: the next request must see the new one.
      await endAllSessions(tx, user.id);
      return { result: { role: input.role }, details: { from: user.role, to: input.role } };
    },
  });
}
