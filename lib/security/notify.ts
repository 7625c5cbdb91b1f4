import "server-only";
import type { Tx } from "@/lib/db";
import { now } from "@/lib/clock";
import { enqueueEmail } from "@/lib/email/outbox";
import { securityNoticeEmail, type SecurityEvent } from "@/lib/email/templates/security-notice";

type Recipient = { email: string; locale: string; firstName: string };

/** Queues the security notice in the caller's transaction (sent exactly when the change commits). */
export function notifySecurityEvent(tx: Tx, user: Recipient, event: SecurityEvent, device?: string) {
  return enqueueEmail(tx, {
    to: user.email,
    locale: user.locale,
    template: securityNoticeEmail,
    props: { name: user.firstName, event, at: now(), device },
  });
}
