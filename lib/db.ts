import "server-only";
import { createHash } from "node:crypto";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { isDatabaseUnreachable } from "@/lib/ops/database-errors";
import { noticeDatabaseError, settleDatabaseError } from "@/lib/ops/database-watch";
import { poolSettings } from "@/lib/ops/pool-settings";

type Adapter = Awaited<ReturnType<PrismaPg["connect"]>>;
type Transaction = Awaited<ReturnType<Adapter["startTransaction"]>>;
type Queryable = Pick<Adapter, "queryRaw" | "executeRaw">;

/**
 * The pg adapter, plus two things:
 * - every error of a query (in a transaction too), a transaction start or an idle pooled
 *   connection is shown to lib/ops/database-watch.ts, so an unreachable database is noticed even
 *   where the code catches the error itself (server actions answer a form error, not a throw);
 *   the error reaches the caller once the instance has decided whether it means an outage, so
 *   the request that met it can answer like the ones after it (lib/ops/outage-answers.ts);
 * - a transaction whose connection is lost gives that connection back (see releaseWhenLost).
 */
class WatchedPrismaPg extends PrismaPg {
  override async connect() {
    const adapter = watchQueries(await super.connect());
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (level) =>
      watchQueries(releaseWhenLost(await startTransaction(level).catch(rethrowSettled)));
    return adapter;
  }
}

function watchQueries<T extends Queryable>(target: T) {
  const queryRaw = target.queryRaw.bind(target);
  const executeRaw = target.executeRaw.bind(target);
  target.queryRaw = (query) => queryRaw(query).catch(rethrowSettled);
  target.executeRaw = (query) => executeRaw(query).catch(rethrowSettled);
  return target;
}

async function rethrowSettled(error: unknown): Promise<never> {
  await settleDatabaseError(error);
  throw error;
}

/**
 * Prisma sends ROLLBACK itself and only then calls the transaction's rollback(), which gives the
 * connection back to the pool; when the ROLLBACK fails because the connection is gone (server
 * stopped) or unanswered (server hung: query timeout), rollback() is never called. Each such
 * transaction cost the pool one connection until the process restarted, and a hung server's
 * connection, still open, kept its transaction and its locks once the server resumed. So the
 * first query that finds the connection lost gives it back with the error: pg-pool closes it
 * (PostgreSQL rolls the transaction back) and opens a new one when needed.
 */
function releaseWhenLost(tx: Transaction) {
  // @prisma/adapter-pg 6.19's PgTransaction: the pool client and the listener clean-up.
  const pooled = tx as Transaction & { client?: { release(error?: Error): void }; cleanup?: () => void };
  let lost = false;
  const giveBack = (error: unknown): never => {
    if (!lost && isDatabaseUnreachable(error) && pooled.client) {
      lost = true;
      pooled.cleanup?.();
      pooled.client.release(error instanceof Error ? error : new Error(String(error)));
    }
    throw error;
  };
  const queryRaw = tx.queryRaw.bind(tx);
  const executeRaw = tx.executeRaw.bind(tx);
  const commit = tx.commit.bind(tx);
  const rollback = tx.rollback.bind(tx);
  tx.queryRaw = (query) => queryRaw(query).catch(giveBack);
  tx.executeRaw = (query) => executeRaw(query).catch(giveBack);
  // Given back already: a second release would throw, and nothing is left to commit.
  tx.commit = async () => {
    if (lost) throw new Error("the transaction's connection was lost; nothing was committed");
    return commit();
  };
  tx.rollback = async () => (lost ? undefined : rollback());
  return tx;
}

function createPool() {
  return new pg.Pool({
    // Bounded waits (lib/ops/pool-settings.ts): a request fails rather than queue forever when
    // the pool is exhausted or the server does not answer.
    ...poolSettings(),
    max: env.DATABASE_POOL_SIZE,
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
 * Each statement is prepared once per connection (named after its text), so PostgreSQL parses
 * it once instead of on every call: a third less of its CPU on a sign-in.
 * DATABASE_PREPARED_STATEMENTS=off sends them unnamed, for poolers that cannot keep them.
 */
export async function sql<T>(strings: TemplateStringsArray, ...values: unknown[]): Promise<T[]> {
  const { text, name } = statementOf(strings);
  const query = env.DATABASE_PREPARED_STATEMENTS === "on" ? { text, values, name } : { text, values };
  // Errors reach the caller the way the client's do (rethrowSettled): once the instance knows
  // whether they mean an outage.
  return (await pool.query(query).catch(rethrowSettled)).rows as T[];
}

// A tagged template's strings are the same array on every call from one place in the code.
const statements = new WeakMap<TemplateStringsArray, { text: string; name: string }>();

function statementOf(strings: TemplateStringsArray) {
  let statement = statements.get(strings);
  if (!statement) {
    const text = strings.slice(1).reduce((query, part, i) => `${query}$${i + 1}${part}`, strings[0]!);
    statement = { text, name: `portal_${createHash("sha256").update(text).digest("hex").slice(0, 24)}` };
    statements.set(strings, statement);
  }
  return statement;
}

/** Ends the client and its pool (graceful shutdown). */
export async function closeDatabase() {
  await db.$disconnect();
  await pool.end();
}
