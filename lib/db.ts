import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { noticeDatabaseError } from "@/lib/ops/database-watch";
import { poolSettings } from "@/lib/ops/pool-settings";

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

function createClient() {
  const adapter = new WatchedPrismaPg(
    // Bounded waits (lib/ops/pool-settings.ts): a request fails rather than queue forever when
    // the pool is exhausted or the server does not answer.
    { ...poolSettings(), max: env.DATABASE_POOL_SIZE },
    // A pooled connection the server closed (e.g. PostgreSQL stopping): pg drops it from the
    // pool and opens a new one when needed.
    { onPoolError: noticeDatabaseError, onConnectionError: noticeDatabaseError },
  );
  return new PrismaClient({ adapter });
}

// One client (one pool of DATABASE_POOL_SIZE) per process: Next.js evaluates this module in
// several server bundles (instrumentation, routes), and dev hot reloads evaluate it again.
const globalForDb = globalThis as unknown as { db?: ReturnType<typeof createClient> };
export const db = (globalForDb.db ??= createClient());

export type Db = typeof db;
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
