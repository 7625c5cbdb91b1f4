// A local stand-in for Resend's HTTP API, so the real SDK is exercised end to end in tests.
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

export type Received = {
  idempotencyKey: string | undefined;
  body: Record<string, unknown>;
  headers: IncomingHttpHeaders;
};
type Reply = { status: number; headers?: Record<string, string>; body?: unknown };

/** `delayMs`: how long each answer takes, so deliveries are in flight long enough to observe. */
export async function startFakeResend({ delayMs = 0 }: { delayMs?: number } = {}) {
  const received: Received[] = [];
  const replies: Reply[] = [];
  const server = createServer((req, res) => {
    let raw = "";
    req.on("data", (c) => (raw += c));
    req.on("end", async () => {
      if (delayMs > 0) await new Promise((r) => setTimeout(r, delayMs));
      const reply = replies.shift() ?? { status: 200 };
      if (reply.status === 200) {
        received.push({
          idempotencyKey: req.headers["idempotency-key"] as string | undefined,
          body: JSON.parse(raw || "{}"),
          headers: req.headers,
        });
      }
      res.writeHead(reply.status, { "content-type": "application/json", ...reply.headers });
      res.end(
        JSON.stringify(
          reply.body ??
            (reply.status === 200
              ? { id: `re_${received.length}` }
              : { name: "application_error", message: "fail", statusCode: reply.status }),
        ),
      );
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    /** Queue the next replies (default: 200 OK). */
    reply: (...r: Reply[]) => replies.push(...r),
    close: () => {
      server.closeAllConnections();
      return new Promise<void>((r) => server.close(() => r()));
    },
  };
}
