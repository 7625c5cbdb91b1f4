// Runs once when a server instance starts: validates configuration (lib/env.ts stops the start
// with one line naming the variable), then lib/jobs/instance.ts: request log, schema check,
// background work and graceful shutdown.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    await import("./lib/env");
    const { startInstance } = await import("./lib/jobs/instance");
    await startInstance({ productionServer: process.env.NODE_ENV === "production" });
  }
}

type RequestInfo = { path: string; method: string; headers: Record<string, string | string[] | undefined> };
type ErrorContext = { routePath: string; routeType: string };

/** Errors in pages, actions and route handlers, with the request id of the failed request. */
export async function onRequestError(error: unknown, request: RequestInfo, context: ErrorContext) {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // An unreachable database starts the outage probe (proxy.ts then answers 503 until it is back).
  const { noticeDatabaseError } = await import("./lib/ops/database-watch");
  noticeDatabaseError(error);
  const { log } = await import("./lib/observability/logger");
  log("http").error(
    { err: error, reqId: request.headers["x-request-id"], route: context.routePath, type: context.routeType },
    "request failed",
  );
}
