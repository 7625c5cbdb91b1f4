// A PostgreSQL of one test's own that the test can stop and start again at the same address, as
// when the database server of a running portal goes away and comes back. Migrated and seeded
// like the shared test database; its data survives a stop.
import { chmod, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { startEmbeddedDatabase } from "../../scripts/embedded-db";
import { migrateDeploy } from "../../scripts/run";
import { seed } from "../../prisma/seed";
import { freePort } from "./free-port";

export async function stoppableDatabase() {
  const root = await mkdtemp(path.join(tmpdir(), "portal-outage-"));
  await chmod(root, 0o755); // embedded PostgreSQL runs as its own user
  const dir = path.join(root, "pg");
  const port = await freePort();
  let server: Awaited<ReturnType<typeof startEmbeddedDatabase>> | null = await startEmbeddedDatabase({
    dir,
    port,
    persistent: true,
  });
  const url = server.url;
  await migrateDeploy(url);
  await seed(url);

  return {
    url,
    /** Stops the server (fast shutdown: open connections are terminated). */
    stop: async () => {
      await server?.stop();
      server = null;
    },
    /** Starts it again on the same port with the same data. */
    start: async () => {
      server ??= await startEmbeddedDatabase({ dir, port, persistent: true });
    },
    /** One query on a connection of its own (the server must be running). */
    query: async <R extends pg.QueryResultRow>(sql: string, values: unknown[] = []) => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        return (await client.query<R>(sql, values)).rows;
      } finally {
        await client.end();
      }
    },
    remove: async () => {
      await server?.stop();
      server = null;
      await rm(root, { recursive: true, force: true });
    },
  };
}

export type StoppableDatabase = Awaited<ReturnType<typeof stoppableDatabase>>;
