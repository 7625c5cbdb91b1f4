import "server-only";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { noticeDatabaseError } from "@/lib/ops/database-watch";

/**
 * The pg adapter, plus one thing: every error of a query, a transaction start or an idle pooled
 * connection is shown to lib/ops/database-watch.ts, so an unreachable database is noticed even
 * where the code catches the error itself (server actions answer a form error, not a throw).
 */
class WatchedPrismaPg extends PrismaPg {
  override async connect() {
    const adapter = await super.connect();
    const queryRaw = adapter.queryRaw.bind(adapter);
    const executeRaw = adapter.executeRaw.bind(adapter);
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.queryRaw = (query) => queryRaw(query).catch(rethrowNoticed);
    adapter.executeRaw = (query) => executeRaw(query).catch(rethrowNoticed);
    adapter.startTransaction = (level) => startTransaction(level).catch(rethrowNoticed);
    return adapter;
  }
}

function rethrowNoticed(error: unknown): never {
  noticeDatabaseError(error);
  throw error;
}

function createPool() {
  return new pg.Pool({
    connectionString: env.DATABASE_URL,
    max: env.DATABASE_POOL_SIZE,
    // Fail a request rather than queue it forever when the pool or the server is exhausted.
    connectionTimeoutMillis: env.DATABASE_CONNECT_TIMEOUT_MS,
    // Idle connections do not keep a script (seed, admin:create) running after its work.
    allowExitOnIdle: true,
  });
}

function createClient(pool: pg.Pool) {
  const adapter = new WatchedPrismaPg(
    pool,
    // A pooled connection the server closed (e.g. PostgreSQL stopping): pg drops it from the
    // pool and opens a new one when needed.
    { onPoolError: noticeDatabaseError, onConnectionError: noticeDatabaseError },
  );
  return new PrismaClient({ adapter });
}

// One pool of DATABASE_POOL_SIZE and one client on it per process: Next.js evaluates this module
// in several server bundles (instrumentation, routes), and dev hot reloads evaluate it again.
const globalForDb = globalThis as unknown as { pool?: pg.Pool; db?: ReturnType<typeof createClient> };
const pool = (globalForDb.pool ??= createPool());
export const db = (globalForDb.db ??= createClient(pool));

export type Db = typeof db;
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/**
 * One statement straight on the pool the Prisma client uses, for the few statements of the
 * busiest paths (sign-in, throttling, the live serial check): Prisma's own work costs about
 * 0.25 ms of CPU per statement, more than PostgreSQL spends on these. Values are always sent as
 * parameters. Rows come back as pg reads them (bigint as a string), so keep to text, integers
 * and booleans; dates go in as ISO strings (pg would send local time).
 */
export async function sql<T>(strings: TemplateStringsArray, ...values: unknown[]): Promise<T[]> {
  const text = strings.slice(1).reduce((query, part, i) => `${query}$${i + 1}${part}`, strings[0]!);
  try {
    return (await pool.query(text, values)).rows as T[];
  } catch (error) {
    noticeDatabaseError(error);
    throw error;
  }
}

/** Ends the client and its pool (graceful shutdown). */
export async function closeDatabase() {
  await db.$disconnect();
  await pool.end();
}
