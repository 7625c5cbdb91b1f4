// Tells "the database server cannot be reached" apart from every other database error (a unique
// violation, a bad query, a row not found). Dependency-free: used by the database client's hooks,
// the request-error hook and the readiness probe, and unit-tested without a database.
//
// The same outage reaches the app in several shapes: pg's socket errors (ECONNREFUSED, …) and
// its own Error("Connection terminated unexpectedly"), PostgreSQL's "the server is shutting down"
// codes, @prisma/adapter-pg's DriverAdapterError ({ cause: { kind: "DatabaseNotReachable" } }) and
// the Prisma client errors wrapped around it (P1001, or meta.driverAdapterError). Causes are
// followed a few levels deep.
//
// A server that hangs (it accepts connections but never answers) shows as pg's own timeouts,
// which pass through the adapter and the Prisma client unchanged: Error("Query read timeout")
// when a query gets no answer within query_timeout, and pg-pool's Error("Connection terminated
// due to connection timeout") when a new connection is not ready within connectionTimeoutMillis.
// A query timeout counts as an outage because it is longer than the server's statement timeout
// (lib/ops/pool-settings.ts): a server that works cancels a slow statement itself (57014, not
// an outage) before the client gives up.

// Prisma: can't reach server, timed out reaching it, connection closed, pool timeout.
const PRISMA_CODES = new Set(["P1001", "P1002", "P1017", "P2024"]);
// @prisma/adapter-pg's error kinds for a lost or refused connection.
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout"]);
// Node's socket errors.
const SOCKET_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EPIPE",
]);
// PostgreSQL: admin shutdown, crash shutdown, cannot connect now (starting up or shutting down),
// and class 08 (connection exception).
const SQLSTATE = /^(57P0[123]|08[0-9A-Z]{3})$/;
const MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|Query read timeout|Can't reach database server|terminating connection due to administrator command|the database system is (starting up|shutting down|in recovery mode)|Client has encountered a connection error/i;

type Shape = {
  code?: unknown;
  message?: unknown;
  cause?: unknown;
  kind?: unknown;
  originalCode?: unknown;
  meta?: { driverAdapterError?: unknown };
};

function matches(e: Shape) {
  const code = typeof e.code === "string" ? e.code : undefined;
  if (code && (PRISMA_CODES.has(code) || SOCKET_CODES.has(code) || SQLSTATE.test(code))) return true;
  if (typeof e.kind === "string" && ADAPTER_KINDS.has(e.kind)) return true;
  if (typeof e.originalCode === "string" && SQLSTATE.test(e.originalCode)) return true;
  return typeof e.message === "string" && MESSAGES.test(e.message);
}

/** Whether an error (or one of its causes) says the database server could not be reached. */
export function isDatabaseUnreachable(error: unknown): boolean {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length > 0 && seen.size < 12) {
    const e = queue.shift();
    if (e === null || e === undefined || seen.has(e)) continue;
    seen.add(e);
    if (typeof e === "string") {
      if (MESSAGES.test(e)) return true;
      continue;
    }
    if (typeof e !== "object") continue;
    const shape = e as Shape;
    if (matches(shape)) return true;
    queue.push(shape.cause, shape.meta?.driverAdapterError);
    // AggregateError (a connect() that tried several addresses, e.g. ::1 and 127.0.0.1).
    if (Array.isArray((e as { errors?: unknown }).errors)) queue.push(...(e as { errors: unknown[] }).errors);
  }
  return false;
}
