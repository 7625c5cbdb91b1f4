// The standalone server (`output: "standalone"`): the traced server in <distDir>/standalone plus
// the static assets Next.js leaves out, copied next to it exactly as the Dockerfile does.
// `tsx scripts/standalone.ts` completes the build and runs `node server.js` (PORT, HOSTNAME).
import { spawn } from "node:child_process";
import { cpSync, existsSync } from "node:fs";
import path from "node:path";

export function standalonePaths(distDir = process.env.NEXT_DIST_DIR || ".next") {
  const dir = path.resolve(distDir, "standalone");
  return { distDir, dir, server: path.join(dir, "server.js") };
}

export function completeStandalone(distDir?: string) {
  const paths = standalonePaths(distDir);
  if (!existsSync(paths.server)) throw new Error(`no standalone build in ${paths.dir}: run next build`);
  cpSync(path.join(paths.distDir, "static"), path.join(paths.dir, paths.distDir, "static"), {
    recursive: true,
  });
  if (existsSync("public")) cpSync("public", path.join(paths.dir, "public"), { recursive: true });
  return paths;
}

/** Runs the standalone server in the foreground; signals go to it, its exit code is ours. */
export function serveStandalone(env: NodeJS.ProcessEnv = process.env) {
  const { server, dir } = completeStandalone();
  const child = spawn(process.execPath, [server], { cwd: dir, stdio: "inherit", env });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
  return child;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  serveStandalone().on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}
