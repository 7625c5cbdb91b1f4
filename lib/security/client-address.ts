import "server-only";
import { subscribe } from "node:diagnostics_channel";
import type { IncomingMessage } from "node:http";

// Per-address throttling (sign-in, registration, resets, serial look-ups) is only as good as the
// address it counts. X-Forwarded-For is written by whoever sends the request, so it can only be
// believed as far as it was appended by our own reverse proxies: TRUSTED_PROXY_HOPS of them.
// With none (the default), the client is the socket's peer and any X-Forwarded-For it sends is
// ignored; behind one proxy, it is the address that proxy appended, whatever the client put
// before it.

const ADDRESS = /^[0-9A-Fa-f:.]{2,45}$/;

/** "::ffff:10.0.0.1" (IPv4 on a dual-stack socket) → "10.0.0.1"; "[::1]:443" and "1.2.3.4:80" lose the port. */
function plain(address: string | undefined) {
  let a = (address ?? "").trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(a);
  if (bracketed) a = bracketed[1]!;
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(a)) a = a.slice(0, a.lastIndexOf(":"));
  if (a.toLowerCase().startsWith("::ffff:") && a.includes(".")) a = a.slice(7);
  return ADDRESS.test(a) ? a : null;
}

/**
 * The client's address: the socket's peer, or with `trustedHops` proxies in front, the entry that
 * the outermost trusted proxy appended to X-Forwarded-For. A chain shorter than expected (a
 * request that bypassed a proxy) yields its leftmost entry; anything malformed, the socket's peer.
 */
export function resolveClientAddress({
  socketAddress,
  forwardedFor,
  trustedHops,
}: {
  socketAddress: string | undefined;
  forwardedFor: string | string[] | undefined;
  trustedHops: number;
}): string {
  const peer = plain(socketAddress) ?? "unknown";
  if (trustedHops <= 0) return peer;
  const forwarded = [forwardedFor ?? []]
    .flat()
    .join(",")
    .split(",")
    .filter((s) => s.trim());
  const chain = [...forwarded, peer];
  const chosen = chain[Math.max(0, chain.length - 1 - trustedHops)];
  return plain(chosen) ?? peer;
}

/**
 * From now on every request reaches the app with X-Forwarded-For holding exactly one address:
 * the client, as resolved above (lib/request-info.ts reads it there). Node publishes
 * `http.server.request.start` before the request is handed to Next.js, so pages, actions, route
 * handlers and proxy.ts all see the resolved value, never the one the client sent.
 */
export function resolveClientAddresses(trustedHops: number) {
  const state = globalThis as unknown as { portalClientAddress?: boolean };
  if (state.portalClientAddress) return;
  state.portalClientAddress = true;
  subscribe("http.server.request.start", (message) => {
    const { request } = message as { request: IncomingMessage };
    request.headers["x-forwarded-for"] = resolveClientAddress({
      socketAddress: request.socket.remoteAddress,
      forwardedFor: request.headers["x-forwarded-for"],
      trustedHops,
    });
    delete request.headers["x-real-ip"];
  });
}
