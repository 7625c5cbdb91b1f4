// The database step of the e2e run (playwright.config.ts starts it before the app): a fresh
// embedded PostgreSQL with migrations and demo data; answers on a readiness port once done.
import { chmod, mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { startEmbeddedDatabase } from "./embedded-db";
import { migrateDeploy } from "./run";
import { seed } from "../prisma/seed";

const port = Number(process.env.E2E_DB_PORT);
const readyPort = Number(process.env.E2E_DB_READY_PORT);
const dir = await mkdtemp(path.join(tmpdir(), "portal-e2e-"));
await chmod(dir, 0o755); // embedded PostgreSQL runs as its own user
const database = await startEmbeddedDatabase({ dir: path.join(dir, "pg"), port, persistent: false });
await migrateDeploy(database.url);
await seed(database.url);

const ready = createServer((_req, res) => res.end("ready")).listen(readyPort, "127.0.0.1");
console.log(`e2e database ready: ${database.url}`);

async function stop() {
  ready.close();
  await database.stop();
  await rm(dir, { recursive: true, force: true });
  process.exit(0);
}
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
