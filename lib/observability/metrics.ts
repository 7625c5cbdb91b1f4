import "server-only";
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";

// The Prometheus registry of this instance, served at /api/metrics. Counters count what this
// instance did (sum them across instances); the database gauges show the shared state and are
// the same on every instance (use max()). Label values must come from small fixed sets.

function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const registers = [registry];
  return {
    registry,
    signInTotal: new Counter({
      name: "portal_signin_total",
      help: "Sign-in attempts by outcome (success, failure, blocked, refused)",
      labelNames: ["outcome"] as const,
      registers,
    }),
    registrationsTotal: new Counter({
      name: "portal_registrations_total",
      help: "Registrations by outcome",
      labelNames: ["outcome"] as const,
      registers,
    }),
    emailDeliveriesTotal: new Counter({
      name: "portal_email_deliveries_total",
      help: "E-mail delivery attempts by provider, result (sent, retry, failed) and provider status",
      labelNames: ["provider", "result", "status"] as const,
      registers,
    }),
    httpDuration: new Histogram({
      name: "portal_http_request_duration_seconds",
      help: "HTTP request duration by route group, method and status class",
      labelNames: ["route", "method", "status"] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    }),
    scheduledJobRunsTotal: new Counter({
      name: "portal_scheduled_job_runs_total",
      help: "Scheduled job runs this instance performed, by job and result (ran, failed)",
      labelNames: ["job", "result"] as const,
      registers,
    }),
    databaseUp: new Gauge({
      name: "portal_database_up",
      help: "1 when the database answered the last scrape's queries",
      registers,
    }),
    verificationQueueSize: new Gauge({
      name: "portal_verification_queue_size",
      help: "Registrations waiting for staff verification",
      registers,
    }),
    verificationQueueOldestAge: new Gauge({
      name: "portal_verification_queue_oldest_age_seconds",
      help: "How long the oldest registration has waited for verification (0 when none)",
      registers,
    }),
    outboxBacklog: new Gauge({
      name: "portal_outbox_backlog",
      help: "E-mails not yet delivered (pending, including those waiting for a retry)",
      registers,
    }),
    outboxDue: new Gauge({
      name: "portal_outbox_due",
      help: "Pending e-mails whose next attempt is due now",
      registers,
    }),
    outboxOldestAge: new Gauge({
      name: "portal_outbox_oldest_undelivered_age_seconds",
      help: "Age of the oldest undelivered e-mail (0 when none)",
      registers,
    }),
    outboxFailed: new Gauge({
      name: "portal_outbox_failed",
      help: "E-mails given up on (status FAILED), waiting for an operator",
      registers,
    }),
  };
}

type Metrics = ReturnType<typeof createMetrics>;

// One registry per process: Next.js evaluates this module in several server bundles.
const globalForMetrics = globalThis as unknown as { portalMetrics?: Metrics };
export const metrics: Metrics = (globalForMetrics.portalMetrics ??= createMetrics());

export type SignInOutcome = "success" | "failure" | "blocked" | "refused";

/**
 * Counts one sign-in attempt: `success`, `failure` (wrong credentials), `blocked` (throttled or
 * locked) or `refused` (right password, account not active).
 */
export function countSignIn(outcome: SignInOutcome) {
  metrics.signInTotal.inc({ outcome });
}

export type RegistrationOutcome = "submitted" | "duplicate" | "activated" | "pending_review";

/**
 * Counts one registration step: `submitted` (new account, confirmation e-mail queued),
 * `duplicate` (the address had an account), `activated` or `pending_review` (address confirmed).
 */
export function countRegistration(outcome: RegistrationOutcome) {
  metrics.registrationsTotal.inc({ outcome });
}

export const signInTotal = metrics.signInTotal;
export const registrationsTotal = metrics.registrationsTotal;

// Series that exist from the start, at 0, so rate() and alerts work before the first event.
for (const outcome of ["success", "failure", "blocked", "refused"] satisfies SignInOutcome[]) {
  metrics.signInTotal.inc({ outcome }, 0);
}
for (const outcome of [
  "submitted",
  "duplicate",
  "activated",
  "pending_review",
] satisfies RegistrationOutcome[]) {
  metrics.registrationsTotal.inc({ outcome }, 0);
}
