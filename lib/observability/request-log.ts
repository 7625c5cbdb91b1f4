import "server-only";
import { randomUUID } from "node:crypto";
import { subscribe } from "node:diagnostics_channel";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import { log } from "./logger";
import { metrics } from "./metrics";
import { isQuietGroup, loggablePath, methodLabel, routeGroup, statusClass } from "./route-group";

// One log line per HTTP request, with status and duration, for `next start` and the standalone
// server alike. Next.js offers no hook that sees a request's end (proxy.ts runs before the route,
// instrumentation's onRequestError only on errors), so we watch Node's own HTTP server through
// the `http.server.request.start` diagnostics channel, which fires for every request the
// process's server receives, before Next.js reads it.

const REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/;

type Start = { request: IncomingMessage; response: ServerResponse; server: Server };

type State = { subscribed: boolean; inFlight: Set<ServerResponse>; servers: Set<Server> };
const globalForRequests = globalThis as unknown as { portalRequests?: State };
const state: State = (globalForRequests.portalRequests ??= {
  subscribed: false,
  inFlight: new Set(),
  servers: new Set(),
});

/** A caller's X-Request-Id when it looks like one (a proxy's id), else a new one. */
export function requestIdFrom(header: string | string[] | undefined) {
  const value = Array.isArray(header) ? header[0] : header;
  return value && REQUEST_ID.test(value) ? value : randomUUID();
}

function onRequestStart(message: unknown) {
  const { request, response, server } = message as Start;
  const started = process.hrtime.bigint();
  const id = requestIdFrom(request.headers["x-request-id"]);
  // The app reads the id from the request headers (lib/observability/request-context.ts).
  request.headers["x-request-id"] = id;
  response.setHeader("X-Request-Id", id);
  state.servers.add(server);
  state.inFlight.add(response);

  response.once("close", () => {
    state.inFlight.delete(response);
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const method = methodLabel(request.method);
    const path = loggablePath(request.url);
    const status = response.statusCode;
    const route = routeGroup({ path, status, serverAction: !!request.headers["next-action"] });
    metrics.httpDuration.observe({ route, method, status: statusClass(status) }, seconds);
    const line = {
      reqId: id,
      method,
      path,
      route,
      status,
      durationMs: Math.round(seconds * 10_000) / 10,
      ...(response.writableFinished ? {} : { aborted: true }),
    };
    const logger = log("http");
    // Probes stay quiet even when failing (a draining instance answers 503 by design).
    if (isQuietGroup(route)) logger.debug(line, "request");
    else if (status >= 500) logger.error(line, "request");
    else logger.info(line, "request");
  });
}

export function startRequestLogging() {
  if (state.subscribed) return;
  state.subscribed = true;
  subscribe("http.server.request.start", onRequestStart);
}

/** Responses not yet finished (graceful shutdown waits for them). */
export function inFlightRequests() {
  return state.inFlight.size;
}

/** The HTTP servers that have received requests in this process (to stop them on shutdown). */
export function httpServers() {
  return [...state.servers];
}
