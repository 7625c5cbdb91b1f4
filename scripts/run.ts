import { spawn } from "node:child_process";

/** Runs a command with inherited output; rejects with its exit code. */
export function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env, quiet = false) {
  return new Promise<void>((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: quiet ? ["ignore", "ignore", "inherit"] : "inherit", env });
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(" ")} exited with ${code}`)),
    );
  });
}

/** `prisma migrate deploy` against the given database. */
export function migrateDeploy(databaseUrl: string, quiet = true) {
  return run("npx", ["prisma", "migrate", "deploy"], { ...process.env, DATABASE_URL: databaseUrl }, quiet);
}
