import "server-only";
import type { ClientConfig } from "pg";
import { env } from "@/lib/env";

// The connection settings every pg connection of the app shares: the Prisma adapter's pool
// (lib/db.ts, which the throttling counters share) and the outage probe
// (lib/ops/database-watch.ts). Each wait on the database has a bound, so a server that stops
// answering fails requests within a known time instead of holding them, and every pooled
// connection, for good:
//
// - connectionTimeoutMillis: a request's wait for a connection, free or new. Also covers the
//   start-up exchange, which a hung server never answers although its kernel accepts the TCP
//   connection.
// - statement_timeout (server side, default 15 s): PostgreSQL cancels a statement running longer,
//   e.g. one waiting on a lock; the error (57014) is an ordinary query error and the connection
//   stays usable. The longest statements the portal runs take a few seconds at most: imports
//   write in batched statements (at most 20,000 lines), exports read in pages of 2,000 rows,
//   and the hourly clean-up deletes by indexed date. Long jobs are long transactions of short
//   statements (their transaction timeouts go up to 120 s), which this does not limit.
// - query_timeout (client side, default 20 s): pg gives up on a query the server has not
//   answered; the only bound when the server itself hangs. It is longer than the statement
//   timeout, so a working server cancels a slow statement itself first, and a query timeout
//   means the server is not answering at all: lib/ops/database-errors.ts counts it as an outage.
//
// A statement timeout of 0 sends none (PgBouncer refuses unknown start-up parameters: set it per
// role there, docs/operations.md).
export function poolSettings(): ClientConfig {
  return {
    connectionString: env.DATABASE_URL,
    connectionTimeoutMillis: env.DATABASE_CONNECT_TIMEOUT_MS,
    query_timeout: env.DATABASE_QUERY_TIMEOUT_MS,
    ...(env.DATABASE_STATEMENT_TIMEOUT_MS > 0 && { statement_timeout: env.DATABASE_STATEMENT_TIMEOUT_MS }),
  };
}
