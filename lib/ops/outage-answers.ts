import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { subscribe } from "node:diagnostics_channel";
import type { IncomingMessage, ServerResponse } from "node:http";
import { databaseOutage } from "./database-outage";
import { unavailableAnswer, type UnavailableAnswer } from "./unavailable-response";

// proxy.ts answers 503 to the requests that arrive while the database is known to be
// unreachable. The request that finds out (its query refused, or unanswered by a hung server)
// and the others in flight with it are past the proxy already: a page would end as a 500 error
// page, and a server action that catches the error as a form error that hides the outage. This
// gives them the proxy's answer too, just before their response goes out: a request that met
// the unreachable database (noted by lib/ops/database-watch.ts), or that failed with a 5xx, while
// the outage holds.
//
// Next.js has no hook for a page's status (only 404/403/401 and redirects), so this works on
// Node's response, found through the `http.server.request.start` diagnostics channel like the
// request log (lib/observability/request-log.ts). Its methods are wrapped before Next.js sees
// the request, so every later wrapper (compression) writes through them; headers that describe
// the failed answer are dropped, the ones every answer carries (security headers, request id)
// stay.

type Seen = { metOutage: boolean };
type State = { storage: AsyncLocalStorage<Seen>; subscribed: boolean };
// On globalThis: the database client reports from other server bundles than instrumentation's.
const globalForAnswers = globalThis as unknown as { portalOutageAnswers?: State };
const state: State = (globalForAnswers.portalOutageAnswers ??= {
  storage: new AsyncLocalStorage(),
  subscribed: false,
});

// Headers of the failed answer that do not fit the 503 one (Content-Security-Policy stays).
const DROPPED =
  /^(content-(?!security-policy$)|etag$|last-modified$|link$|vary$|set-cookie$|location$|refresh$|x-nextjs-|x-action-)/;

/** Notes that the request being handled met the unreachable database. */
export function noteRequestMetOutage() {
  const seen = state.storage.getStore();
  if (seen) seen.metOutage = true;
}

type Start = { request: IncomingMessage; response: ServerResponse };
type Callback = (error?: Error | null) => void;
const callbackIn = (args: unknown[]) => args.find((a): a is Callback => typeof a === "function");

function onRequestStart(message: unknown) {
  const { request, response } = message as Start;
  const seen: Seen = { metOutage: false };
  // The channel fires right before the server's "request" event, in the same synchronous run:
  // everything Next.js does for this request sees this store.
  state.storage.enterWith(seen);
  // Kept now: Next.js rewrites request.url while routing. Parsed only for an answer.
  const address = request.url ?? "/";
  const action = request.headers["next-action"] !== undefined;

  // Node's own methods, untyped: they are called with whatever arguments their callers used.
  type Method<R> = (this: ServerResponse, ...args: unknown[]) => R;
  const writeHead = response.writeHead as Method<ServerResponse>;
  const write = response.write as Method<boolean>;
  const end = response.end as Method<ServerResponse>;
  // undefined until the status is known, then the 503 answer or null (the response goes on).
  let answer: UnavailableAnswer | null | undefined;
  const decide = (status: number) => {
    if (answer !== undefined) return answer;
    answer = null;
    // A 503 is an answer to the outage already (readiness, the serial check give their own).
    if (status !== 503 && databaseOutage() && (seen.metOutage || status >= 500)) {
      const url = new URL(address, "http://portal.invalid");
      const nonce = /'nonce-([^']+)'/.exec(String(response.getHeader("content-security-policy") ?? ""));
      answer = unavailableAnswer({
        pathname: url.pathname,
        search: url.search,
        action,
        nonce: nonce?.[1] ?? "",
      });
    }
    return answer;
  };
  const sendHead = (a: UnavailableAnswer) => {
    for (const name of response.getHeaderNames()) if (DROPPED.test(name)) response.removeHeader(name);
    const length = String(Buffer.byteLength(a.body));
    return writeHead.call(response, a.status, { ...a.headers, "Content-Length": length });
  };

  response.writeHead = function (this: ServerResponse, status: number, ...rest: unknown[]) {
    const a = response.headersSent ? null : decide(status);
    if (a) return sendHead(a);
    return writeHead.call(this, status, ...rest);
  } as ServerResponse["writeHead"];

  // The failed answer's body is dropped; the 503 body goes out with the end of the response.
  response.write = function (this: ServerResponse, ...args: unknown[]) {
    const a = response.headersSent ? answer : decide(response.statusCode);
    if (!a) return write.apply(this, args);
    if (!response.headersSent) sendHead(a);
    callbackIn(args.slice(1))?.();
    return true;
  } as ServerResponse["write"];

  response.end = function (this: ServerResponse, ...args: unknown[]) {
    const a = response.headersSent ? answer : decide(response.statusCode);
    if (!a) return end.apply(this, args);
    if (!response.headersSent) sendHead(a);
    return end.call(this, a.body, callbackIn(args));
  } as ServerResponse["end"];
}

/** Starts answering requests that meet a database outage like proxy.ts answers the ones after. */
export function startOutageAnswers() {
  if (state.subscribed) return;
  state.subscribed = true;
  subscribe("http.server.request.start", onRequestStart);
}
