import "server-only";
import { db, type Tx } from "@/lib/db";
import { now } from "@/lib/clock";
import { audit } from "@/lib/audit";
import { consumeToken, lookupToken } from "@/lib/tokens";
import { enqueueEmail } from "@/lib/email/outbox";
import { countRegistration } from "@/lib/observability/metrics";
import {
  registrationActivatedEmail,
  registrationReviewEmail,
} from "@/lib/email/templates/registration-outcome-email";
import type { UserStatus } from "@/lib/generated/prisma/client";
import {
  decideActivation,
  domainAndParents,
  emailDomain,
  reviewNote,
  type ActivationDecision,
} from "./activation-rules";

export type ConfirmResult =
  | { state: "confirmed"; status: "ACTIVE" | "PENDING_REVIEW"; username: string; reason: string }
  | { state: "already"; status: UserStatus; username: string; reason: string | null }
  | { state: "expired" }
  | { state: "unknown" };

/**
 * Opens a confirmation link: confirms the address, applies the activation rules and tells the
 * user by e-mail — all in one transaction. A link opened twice (or by a mail scanner first)
 * answers "already confirmed" with the account's state, never an error.
 */
export async function confirmEmail(raw: unknown, ctx: { ip?: string | null } = {}): Promise<ConfirmResult> {
  const found = await lookupToken(raw, "EMAIL_VERIFICATION");
  if (found.state === "unknown") return found;
  if (found.state === "valid") {
    const done = await db.$transaction(async (tx) => {
      if (!(await consumeToken(tx, found.id))) return null;
      return activate(tx, found.userId, ctx.ip);
    });
    if (done) {
      // Counted once committed; a repeated or concurrent click confirms (and counts) once.
      if (done.state === "confirmed")
        countRegistration(done.status === "ACTIVE" ? "activated" : "pending_review");
      return done;
    }
  }
  const user = await db.user.findUnique({
    where: { id: found.userId },
    select: { status: true, username: true, emailVerified: true, reviewReason: true },
  });
  if (!user) return { state: "unknown" };
  if (found.state === "expired" && !user.emailVerified) return { state: "expired" };
  return { state: "already", status: user.status, username: user.username, reason: user.reviewReason };
}

/** Confirms the address of a PENDING_EMAIL account and applies the activation rules (also used
 * when customer care confirms an address by hand, FAQ 1.6). Null when it was not PENDING_EMAIL. */
export async function activate(tx: Tx, userId: string, ip?: string | null): Promise<ConfirmResult | null> {
  const user = await tx.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      email: true,
      username: true,
      firstName: true,
      locale: true,
      status: true,
      devices: { select: { device: { select: { serial: true, companyId: true } } }, take: 1 },
    },
  });
  if (user.status !== "PENDING_EMAIL") return null;

  const device = user.devices[0]?.device ?? null;
  const [owners, legacy] = await Promise.all([
    tx.companyDomain.findMany({
      where: { domain: { in: domainAndParents(emailDomain(user.email)) } },
      select: { companyId: true },
    }),
    tx.legacyAccount.findFirst({ where: { email: user.email, migratedAt: null }, select: { id: true } }),
  ]);
  const decision: ActivationDecision = decideActivation({
    email: user.email,
    legacyAccount: !!legacy,
    device,
    emailDomainCompanyIds: owners.map((o) => o.companyId),
  });

  const at = now();
  const active = decision.outcome === "ACTIVE";
  // Conditional on the status, so two links clicked at once confirm exactly once.
  const { count } = await tx.user.updateMany({
    where: { id: userId, status: "PENDING_EMAIL" },
    data: {
      status: decision.outcome,
      emailVerified: at,
      statusChangedAt: at,
      activatedAt: active ? at : null,
      reviewReason: active ? null : decision.reason,
    },
  });
  if (count !== 1) return null;

  // Reminder links stay valid alongside the first one; once confirmed, none of them is needed.
  await tx.oneTimeToken.updateMany({
    where: { userId, purpose: "EMAIL_VERIFICATION", usedAt: null },
    data: { usedAt: at },
  });
  if (legacy && decision.reason === "legacy_account") {
    await tx.legacyAccount.update({ where: { id: legacy.id }, data: { userId, migratedAt: at } });
  }
  await audit({ action: "registration.email_confirmed", actorId: userId, targetId: userId, ip }, tx);
  await audit(
    {
      action: active ? "registration.activated" : "registration.pending_review",
      actorId: userId,
      targetId: userId,
      ip,
      details: { reason: decision.reason, serial: device?.serial ?? null },
    },
    tx,
  );
  const props = { name: user.firstName, username: user.username };
  if (active) {
    await enqueueEmail(tx, {
      to: user.email,
      locale: user.locale,
      template: registrationActivatedEmail,
      props,
    });
  } else {
    await enqueueEmail(tx, {
      to: user.email,
      locale: user.locale,
      template: registrationReviewEmail,
      props: { ...props, note: reviewNote(decision.reason) },
    });
  }
  return { state: "confirmed", status: decision.outcome, username: user.username, reason: decision.reason };
}
