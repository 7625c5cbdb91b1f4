import { createEnv } from "@t3-oss/env-nextjs";
import { z } from "zod";

const flag = z
  .enum(["true", "false", "1", "0"])
  .default("false")
  .transform((v) => v === "true" || v === "1");

// Every variable the app reads. `npm start` without DATABASE_URL fills the development values
// (scripts/start.ts); in production each required one must be set. docs are generated from the
// descriptions.
export const serverSchema = {
  APP_ENV: z
    .enum(["development", "test", "production"])
    .default("production")
    .describe("development enables demo accounts and the dev mailbox; test also the test clock"),
  DATABASE_URL: z.url().describe("PostgreSQL connection URL"),
  DATABASE_POOL_SIZE: z.coerce
    .number()
    .int()
    .min(1)
    .max(100)
    .default(10)
    .describe("database connections per instance"),
  AUTH_SECRET: z.string().min(32).describe("secret for signing session tokens, at least 32 characters"),
  APP_BASE_URL: z.url().describe("public URL of the portal; every link in e-mails is built from it"),
  PORTAL_NAME: z.string().min(1).default("Customer Portal").describe("shown in the header and e-mails"),
  COMPANY_NAME: z.string().min(1).default("Example Instruments").describe("the manufacturer's name"),
  SUPPORT_EMAIL: z.email().default("support@example.com").describe("customer care address"),
  FEEDBACK_URL: z.url().optional().describe("feedback link in the footer (default: mail to support)"),
  EMAIL_FROM: z
    .string()
    .min(3)
    .default("Customer Portal <no-reply@example.com>")
    .describe("sender of every e-mail"),
  RESEND_API_KEY: z.string().min(1).optional().describe("set to deliver e-mail through Resend"),
  DEV_MAILBOX_ENABLED: flag.describe("show /dev/mail in production too (never on a public server)"),
  OUTBOX_POLL_MS: z.coerce.number().int().min(100).default(2000).describe("outbox worker poll interval"),
  OUTBOX_WORKER: z
    .enum(["on", "off"])
    .default("on")
    .describe("off: this instance does not deliver e-mail (another process does)"),
  PASSWORD_RESET_TTL_MINUTES: z.coerce
    .number()
    .int()
    .min(5)
    .max(24 * 60)
    .default(60)
    .describe("how long a password-reset link stays valid"),
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(5)
    .max(12 * 60)
    .default(60)
    .describe("a sign-in without 'remember me' ends after this long without activity"),
  TRUSTED_PROXY_HOPS: z.coerce
    .number()
    .int()
    .min(0)
    .max(10)
    .default(0)
    .describe("reverse proxies in front that append to X-Forwarded-For (0: the header is ignored)"),
  DATABASE_CONNECT_TIMEOUT_MS: z.coerce
    .number()
    .int()
    .min(100)
    .default(5000)
    .describe(
      "how long a request waits for a database connection (a free one, or a new one opened) before it fails",
    ),
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce
    .number()
    .int()
    .min(0)
    .default(15_000)
    .describe(
      "PostgreSQL cancels a statement running longer (sent as a connection parameter; 0: not sent — behind PgBouncer set it per role)",
    ),
  DATABASE_QUERY_TIMEOUT_MS: z.coerce
    .number()
    .int()
    .min(100)
    .default(20_000)
    .describe(
      "a query the database has not answered after this long fails and counts as an outage; must be above DATABASE_STATEMENT_TIMEOUT_MS (checked at start)",
    ),
  DATABASE_PREPARED_STATEMENTS: z
    .enum(["on", "off"])
    .default("on")
    .describe(
      "on: the statements of the busiest paths are prepared once per connection; off behind PgBouncer older than 1.21 or with max_prepared_statements = 0",
    ),
  AUTH_SECRET_PREVIOUS: z
    .string()
    .min(32)
    .optional()
    .describe("the previous AUTH_SECRET during a rotation: sessions signed with it stay valid"),
  SCHEDULED_JOBS: z
    .enum(["on", "off"])
    .default("on")
    .describe("off: this instance takes no part in scheduled jobs (cleanup, reminders)"),
  SCHEDULER_TICK_MS: z.coerce
    .number()
    .int()
    .min(100)
    .default(30_000)
    .describe("how often an instance checks whether a scheduled job is due"),
  LOG_LEVEL: z
    .enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"])
    .default("info")
    .describe("least severe level written; health probes and static files log at debug"),
  LOG_FORMAT: z
    .enum(["json", "pretty"])
    .optional()
    .describe("json (one object per line) or pretty; default pretty in development, else json"),
  METRICS_TOKEN: z
    .string()
    .min(16)
    .optional()
    .describe("bearer token for /api/metrics; without it the endpoint answers 404"),
  HEALTH_OUTBOX_BACKLOG_MAX: z.coerce
    .number()
    .int()
    .min(0)
    .default(1000)
    .describe("readiness fails when more e-mails than this are due and unsent; 0 disables the check"),
  SHUTDOWN_DELAY_MS: z.coerce
    .number()
    .int()
    .min(0)
    .default(0)
    .describe("after SIGTERM, keep serving this long (readiness failing) so the load balancer drains"),
  SHUTDOWN_GRACE_MS: z.coerce
    .number()
    .int()
    .min(0)
    .default(20_000)
    .describe("after that, how long in-flight requests and e-mail deliveries may take before exit"),
  TOTP_ENCRYPTION_KEY: z
    .string()
    .refine((v) => keyBytes(v) !== null, "must be 32 bytes, base64 or hex")
    .describe("AES-256-GCM key (32 bytes, base64 or hex) encrypting authenticator-app secrets"),
  TOTP_ENCRYPTION_KEY_ID: z
    .string()
    .min(1)
    .max(32)
    .default("k1")
    .describe("name of TOTP_ENCRYPTION_KEY, stored with each secret so the key can be rotated"),
  WEBAUTHN_RP_ID: z
    .string()
    .min(1)
    .optional()
    .describe("passkeys: relying-party ID, a registrable domain (default: the host of APP_BASE_URL)"),
  WEBAUTHN_ORIGIN: z
    .url()
    .optional()
    .describe("passkeys: the origin browsers sign in from (default: the origin of APP_BASE_URL)"),
  MFA_REQUIRED_FOR_CUSTOMERS: flag.describe(
    "customers too must set up a second factor before using the portal (staff always must)",
  ),
};

/** The 32 bytes of a base64 or hex key, or null. */
export function keyBytes(value: string): Buffer | null {
  const raw = /^[0-9a-f]{64}$/i.test(value) ? Buffer.from(value, "hex") : Buffer.from(value, "base64");
  return raw.length === 32 ? raw : null;
}

/** Rules between variables: a statement PostgreSQL would still be running must not count as an outage. */
export const configSchema = z.object(serverSchema).superRefine((config, ctx) => {
  const statementMs = config.DATABASE_STATEMENT_TIMEOUT_MS;
  if (statementMs > 0 && config.DATABASE_QUERY_TIMEOUT_MS <= statementMs) {
    ctx.addIssue({
      code: "custom",
      path: ["DATABASE_QUERY_TIMEOUT_MS"],
      message: `must be above DATABASE_STATEMENT_TIMEOUT_MS (${statementMs})`,
    });
  }
});

export const env = createEnv({
  server: serverSchema,
  createFinalSchema: () => configSchema,
  experimental__runtimeEnv: {},
  emptyStringAsUndefined: true,
  // The build is configuration-free (one image for every environment); servers validate at start.
  skipValidation: process.env.NEXT_PHASE === "phase-production-build",
  onValidationError: (issues) => {
    const lines = issues.map((i) => {
      const key = i.path?.map((p) => (typeof p === "object" ? p.key : p)).join(".");
      return `Invalid configuration: ${key ?? "?"}: ${i.message}`;
    });
    console.error(lines.join("\n"));
    throw new Error(lines[0]);
  },
});

export const isProduction = env.APP_ENV === "production";
export const devMailboxEnabled = !isProduction || env.DEV_MAILBOX_ENABLED;
