import "server-only";
import { format } from "node:util";
import pino, { type Logger } from "pino";
import { env } from "@/lib/env";
import { redactKeys, scrubText } from "./sanitize";

export type { Logger };

function secretsFromConfiguration() {
  const values = [
    env.AUTH_SECRET,
    env.AUTH_SECRET_PREVIOUS,
    env.TOTP_ENCRYPTION_KEY,
    env.RESEND_API_KEY,
    env.METRICS_TOKEN,
  ];
  try {
    const password = decodeURIComponent(new URL(env.DATABASE_URL).password);
    values.push(password);
  } catch {
    // an unparsable URL has no password to hide
  }
  return values.filter((v): v is string => !!v);
}

/** json unless configured otherwise; pretty by default only in development. */
export function logFormat() {
  return env.LOG_FORMAT ?? (env.APP_ENV === "development" ? "pretty" : "json");
}

function createLogger(): Logger {
  const pretty = logFormat() === "pretty";
  const secrets = secretsFromConfiguration();
  return pino({
    level: env.LOG_LEVEL,
    base: { pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    // Errors are already plain objects (redactKeys), pino's own serializer would mislabel them.
    serializers: { err: (e: unknown) => e },
    formatters: {
      level: (label) => ({ level: label }),
      log: (object) => redactKeys(object) as Record<string, unknown>,
    },
    // The last line of defence: every finished line is scrubbed of credentials and addresses.
    hooks: { streamWrite: (line) => scrubText(line, secrets) },
    // Development only (pino-pretty is a dev dependency); runs in a worker thread.
    ...(pretty
      ? {
          transport: {
            target: "pino-pretty",
            options: { translateTime: "SYS:HH:MM:ss", singleLine: true, ignore: "pid,hostname" },
          },
        }
      : {}),
  });
}

// One logger per process; Next.js bundles this module into several server chunks.
const globalForLogger = globalThis as unknown as { portalLogger?: Logger; consoleCaptured?: boolean };

export function getLogger(): Logger {
  globalForLogger.portalLogger ??= createLogger();
  return globalForLogger.portalLogger;
}

/** A logger whose lines carry `component`, e.g. `log("outbox").info(...)`. */
export function log(component: string) {
  return getLogger().child({ component });
}

/**
 * Sends console output (Next.js's own error reports, library warnings) through the logger, so
 * production output is one JSON object per line and scrubbed like everything else.
 */
export function captureConsole() {
  if (globalForLogger.consoleCaptured) return;
  globalForLogger.consoleCaptured = true;
  const logger = log("console");
  const route = (level: "debug" | "info" | "warn" | "error") => {
    return (...args: unknown[]) => {
      const error = args.find((a) => a instanceof Error);
      const message = format(...args.map((a) => (a instanceof Error ? a.message : a)));
      if (error) logger[level]({ err: error }, message);
      else logger[level](message);
    };
  };
  console.log = route("info");
  console.info = route("info");
  console.debug = route("debug");
  console.warn = route("warn");
  console.error = route("error");
}
