import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

function createClient() {
  const adapter = new PrismaPg({
    connectionString: env.DATABASE_URL,
    max: env.DATABASE_POOL_SIZE,
    // Fail a request rather than queue it forever when the pool or the server is exhausted.
    connectionTimeoutMillis: env.DATABASE_CONNECT_TIMEOUT_MS,
  });
  return new PrismaClient({ adapter });
}

// One client (one pool of DATABASE_POOL_SIZE) per process: Next.js evaluates this module in
// several server bundles (instrumentation, routes), and dev hot reloads evaluate it again.
const globalForDb = globalThis as unknown as { db?: ReturnType<typeof createClient> };
export const db = (globalForDb.db ??= createClient());

export type Db = typeof db;
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
