// `npm start` / `npm run dev`. Without DATABASE_URL: starts the embedded PostgreSQL under .data/,
// applies migrations, seeds demo data and prints the demo logins, then runs Next.js on :3000.
// With DATABASE_URL: uses that server as it is (migrations are the separate `npm run db:migrate`).
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync, mkdirSync, statSync, readdirSync } from "node:fs";
import path from "node:path";
import { spawn } from "node:child_process";
import { startEmbeddedDatabase } from "./embedded-db";
import { LOCAL_DB } from "./local-database-url";
import { migrateDeploy, run } from "./run";
import { serveStandalone } from "./standalone";

const dev = process.argv.includes("--dev");
const port = process.env.PORT ?? "3000";
const local = !process.env.DATABASE_URL;
let database: Awaited<ReturnType<typeof startEmbeddedDatabase>> | null = null;

function persistentSecret(file: string) {
  mkdirSync(path.dirname(file), { recursive: true });
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  return readFileSync(file, "utf8").trim();
}

function newestSourceMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith(".") || entry.name === "node_modules" || entry.name === "generated") continue;
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSourceMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

function buildIsCurrent() {
  const id = path.join(process.env.NEXT_DIST_DIR ?? ".next", "BUILD_ID");
  if (!existsSync(id)) return false;
  const built = statSync(id).mtimeMs;
  return ["app", "components", "lib", "messages"].every((d) => newestSourceMtime(d) < built);
}

if (local) {
  database = await startEmbeddedDatabase({ dir: ".data/pg", port: LOCAL_DB.port });
  process.env.DATABASE_URL = database.url;
  process.env.APP_ENV ??= "development";
  process.env.APP_BASE_URL ??= `http://localhost:${port}`;
  process.env.AUTH_SECRET ??= persistentSecret(".data/auth-secret");
  process.env.TOTP_ENCRYPTION_KEY ??= persistentSecret(".data/totp-key");
  process.env.AUTH_TRUST_HOST ??= "true";
  console.log(`PostgreSQL (embedded) on 127.0.0.1:${LOCAL_DB.port}, data in .data/pg`);
  await migrateDeploy(database.url);
  const { seed } = await import("../prisma/seed");
  const accounts = await seed(database.url);
  console.log("\nDemo logins (development only):");
  for (const a of accounts)
    console.log(`  ${a.role.padEnd(8)} ${a.email.padEnd(28)} password: ${a.password}`);
  console.log("");
}

// One clear line naming a missing or malformed variable, before anything else starts.
try {
  await import("../lib/env");
} catch {
  await database?.stop();
  process.exit(1);
}

if (!dev && !buildIsCurrent()) await run("npx", ["next", "build"]);

// Production mode runs what the container runs: the standalone server.
const next = dev
  ? // The Next.js CLI itself, not npx, so a signal reaches it and we wait for it before the database stops.
    spawn(process.execPath, ["node_modules/next/dist/bin/next", "dev", "-p", port], {
      stdio: "inherit",
      env: process.env,
    })
  : serveStandalone({ ...process.env, PORT: port, HOSTNAME: "0.0.0.0" });
console.log(`Portal: http://localhost:${port}`);

if (dev) {
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => next.kill(signal));
}
next.on("exit", async (code) => {
  await database?.stop();
  process.exit(code ?? 0);
});
