// The production build the ops tests run: `next build` into .next-ops (standalone output), made
// once per run and only when a source file is newer than it, then completed the way the
// Dockerfile does it (static assets next to server.js).
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { run } from "../../scripts/run";
import { completeStandalone, standalonePaths } from "../../scripts/standalone";

export const OPS_DIST = ".next-ops";
export const { dir: STANDALONE_DIR, server: STANDALONE_SERVER } = standalonePaths(OPS_DIST);

const SOURCES = ["app", "components", "lib", "messages", "prisma", "proxy.ts", "instrumentation.ts"];
const SKIP = new Set(["node_modules", "generated"]);

function newestMtime(p: string): number {
  if (!existsSync(p)) return 0;
  const stat = statSync(p);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(p, { withFileTypes: true })) {
    if (entry.name.startsWith(".") || SKIP.has(entry.name)) continue;
    newest = Math.max(newest, newestMtime(path.join(p, entry.name)));
  }
  return newest;
}

function buildIsCurrent(distDir: string) {
  const id = path.join(distDir, "BUILD_ID");
  if (!existsSync(id) || !existsSync(standalonePaths(distDir).server)) return false;
  const built = statSync(id).mtimeMs;
  return [...SOURCES, "next.config.mjs", "package-lock.json"].every((p) => newestMtime(p) < built);
}

/** Builds into `distDir` unless its build is newer than every source; completes it either way. */
export async function ensureStandaloneBuild(distDir = OPS_DIST) {
  if (!buildIsCurrent(distDir)) {
    console.log(`building the standalone server into ${distDir} …`);
    await run("npx", ["next", "build"], { ...process.env, NEXT_DIST_DIR: distDir }, true);
  }
  return completeStandalone(distDir);
}

/** Vitest global setup. */
export default async function setup() {
  await ensureStandaloneBuild(OPS_DIST);
}
