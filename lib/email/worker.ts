import "server-only";
import { db } from "@/lib/db";
import { now, MINUTE, HOUR } from "@/lib/clock";
import { log } from "@/lib/observability/logger";
import { metrics } from "@/lib/observability/metrics";
import { defaultTransport, type Transport } from "./transport";

export const MAX_ATTEMPTS = 12;
// While a row is being sent it is leased: other workers skip it until the lease runs out, so a
// worker that dies mid-send leaves the row to be retried (with the same idempotency key).
const LEASE_MS = 2 * MINUTE;

type Claimed = { id: string; to: string; subject: string; html: string; text: string; attempts: number };

export function backoffMs(attempts: number) {
  return Math.min(HOUR, 2 ** Math.max(0, attempts - 1) * 10_000);
}

/** Claims due rows with FOR UPDATE SKIP LOCKED, so any number of workers never share one. */
async function claim(limit: number): Promise<Claimed[]> {
  const at = now();
  return db.$queryRaw<Claimed[]>`
    UPDATE "EmailOutbox" SET "attempts" = "attempts" + 1,
           "nextAttemptAt" = ${new Date(at.getTime() + LEASE_MS)}
     WHERE "id" IN (
       SELECT "id" FROM "EmailOutbox"
        WHERE "status" = 'PENDING' AND "nextAttemptAt" <= ${at}
        ORDER BY "nextAttemptAt", "createdAt"
        LIMIT ${limit}
        FOR UPDATE SKIP LOCKED)
    RETURNING "id", "to", "subject", "html", "text", "attempts"`;
}

async function deliver(mail: Claimed, transport: Transport) {
  let result;
  try {
    result = await transport.send(mail);
  } catch (e) {
    result = {
      ok: false as const,
      provider: transport.name,
      status: null,
      retryAfterMs: null,
      error: String(e).slice(0, 500),
    };
  }
  if (result.ok) {
    metrics.emailDeliveriesTotal.inc({ provider: result.provider, result: "sent", status: "ok" });
    log("outbox").info({ outboxId: mail.id, to: mail.to, provider: result.provider }, "e-mail delivered");
    await db.emailOutbox.update({
      where: { id: mail.id },
      data: {
        status: "SENT",
        sentAt: now(),
        provider: result.provider,
        providerId: result.providerId,
        lastError: null,
      },
    });
    return true;
  }
  const giveUp =
    mail.attempts >= MAX_ATTEMPTS ||
    (result.status !== null && result.status >= 400 && result.status < 500 && result.status !== 429);
  const status = result.status === null ? "error" : String(result.status);
  metrics.emailDeliveriesTotal.inc({
    provider: result.provider,
    result: giveUp ? "failed" : "retry",
    status,
  });
  log("outbox")[giveUp ? "error" : "warn"](
    { outboxId: mail.id, to: mail.to, attempts: mail.attempts, status, error: result.error },
    giveUp ? "e-mail delivery failed for good" : "e-mail delivery failed, will retry",
  );
  await db.emailOutbox.update({
    where: { id: mail.id },
    data: {
      status: giveUp ? "FAILED" : "PENDING",
      provider: result.provider,
      lastError: result.status ? `${result.status} ${result.error}` : result.error,
      nextAttemptAt: new Date(now().getTime() + Math.max(result.retryAfterMs ?? 0, backoffMs(mail.attempts))),
    },
  });
  return false;
}

type DeliverOptions = { transport?: Transport; batch?: number; signal?: AbortSignal };

/**
 * Delivers what is due now; returns how many were sent. Once `signal` aborts (shutdown) it claims
 * nothing more and returns when the deliveries it started have finished.
 */
export async function deliverDueEmails({
  transport = defaultTransport(),
  batch = 20,
  signal,
}: DeliverOptions = {}) {
  let sent = 0;
  for (;;) {
    if (signal?.aborted) return sent;
    const rows = await claim(batch);
    if (rows.length === 0) return sent;
    const results = await Promise.all(rows.map((row) => deliver(row, transport)));
    sent += results.filter(Boolean).length;
    if (rows.length < batch) return sent;
  }
}
