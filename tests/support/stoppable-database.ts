// A PostgreSQL of one test's own that the test can stop and start again at the same address, as
// when the database server of a running portal goes away and comes back, or freeze and thaw, as
// when it hangs (it still accepts connections, the kernel completes them, but never answers).
// Migrated and seeded like the shared test database; its data survives a stop.
import { chmod, mkdtemp, readFile, readdir, rm } from "node:fs/promises";
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
  let frozen: number[] = [];

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
    /**
     * Freezes the server (SIGSTOP to the postmaster, then to every process it started): open
     * connections stay open and new ones are accepted by the kernel, but nothing answers.
     */
    freeze: async () => {
      const postmaster = Number((await readFile(path.join(dir, "postmaster.pid"), "utf8")).split("\n")[0]);
      // The postmaster first, so it starts no new process while its children are collected.
      process.kill(postmaster, "SIGSTOP");
      frozen = [postmaster, ...(await childrenOf(postmaster))];
      for (const pid of frozen.slice(1)) process.kill(pid, "SIGSTOP");
    },
    /** Lets a frozen server run on (SIGCONT), children first. */
    thaw: async () => {
      for (const pid of frozen.reverse()) process.kill(pid, "SIGCONT");
      frozen = [];
    },
    /** One query on a connection of its own (the server must be running and not frozen). */
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
      // A frozen server would never act on the stop signal.
      for (const pid of frozen) process.kill(pid, "SIGCONT");
      frozen = [];
      await server?.stop();
      server = null;
      await rm(root, { recursive: true, force: true });
    },
  };
}

/** The processes whose parent is `pid` (Linux /proc). */
async function childrenOf(pid: number) {
  const children: number[] = [];
  for (const entry of await readdir("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    // "pid (comm) state ppid …": comm may contain spaces and parentheses, so split after the last ")".
    const stat = await readFile(`/proc/${entry}/stat`, "utf8").catch(() => "");
    const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
    if (ppid === pid) children.push(Number(entry));
  }
  return children;
}

export type StoppableDatabase = Awaited<ReturnType<typeof stoppableDatabase>>;
