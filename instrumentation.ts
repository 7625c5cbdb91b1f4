// Runs once when a server instance starts: validates configuration (lib/env.ts stops the start
// with one line naming the variable) and starts this instance's background jobs.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { startInstance } = await import("./lib/jobs/instance");
    await startInstance();
  }
}
