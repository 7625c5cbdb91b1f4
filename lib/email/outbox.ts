import "server-only";
import type { Tx } from "@/lib/db";
import { now } from "@/lib/clock";
import { renderEmail } from "./render";
import type { EmailTemplate } from "./template";

type Enqueue<P> = { to: string; locale: string; template: EmailTemplate<P>; props: P };

/**
 * Writes an e-mail into the outbox inside the caller's transaction, so the e-mail exists exactly
 * when the change that causes it is committed. The worker delivers it (lib/email/worker.ts).
 */
export async function enqueueEmail<P>(tx: Tx, { to, locale, template, props }: Enqueue<P>) {
  const rendered = await renderEmail(template, props, locale);
  return tx.emailOutbox.create({
    data: {
      to,
      subject: rendered.subject,
      html: rendered.html,
      text: rendered.text,
      template: template.id,
      locale: rendered.locale,
      nextAttemptAt: now(),
    },
    select: { id: true },
  });
}
