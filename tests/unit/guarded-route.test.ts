import { afterEach, describe, expect, it } from "vitest";
import { guardedRoute } from "@/lib/security/guarded-route";
import { noteDatabaseReachable, noteDatabaseUnreachable } from "@/lib/ops/database-outage";
import { NOTHING_ALLOWED_POLICY } from "@/lib/security/security-headers";
import { TEST_ENV } from "../support/test-env";

// What proxy.ts does for the route handlers that run without it.

afterEach(() => noteDatabaseReachable());

const ORIGIN = new URL(TEST_ENV.APP_BASE_URL).origin;
const request = (method: string, headers: Record<string, string> = {}) =>
  new Request(`${ORIGIN}/api/auth/callback/credentials`, { method, headers });

function counting(answer: () => Response | Promise<Response>) {
  const calls: Request[] = [];
  const handler = guardedRoute(async (req: Request) => {
    calls.push(req);
    return answer();
  });
  return { handler, calls };
}

describe("guardedRoute", () => {
  it("refuses a state-changing request from another site before the handler runs", async () => {
    const forged: Record<string, string>[] = [
      { origin: "https://evil.example" },
      { "sec-fetch-site": "cross-site" },
    ];
    for (const headers of forged) {
      const { handler, calls } = counting(() => new Response("done"));
      const res = await handler(request("POST", headers));
      expect(res.status).toBe(403);
      expect(res.headers.get("content-security-policy")).toBe(NOTHING_ALLOWED_POLICY);
      expect(calls).toHaveLength(0);
    }
  });

  it("passes same-site posts, posts without an Origin and cross-site reads to the handler", async () => {
    const { handler, calls } = counting(() => new Response("done"));
    expect((await handler(request("POST", { origin: ORIGIN }))).status).toBe(200);
    expect((await handler(request("POST"))).status).toBe(200);
    expect((await handler(request("GET", { "sec-fetch-site": "cross-site" }))).status).toBe(200);
    expect(calls).toHaveLength(3);
  });

  it("puts the handlers' security headers on every answer, redirects with fixed headers too", async () => {
    const { handler } = counting(() => Response.redirect(`${ORIGIN}/en/dashboard`, 302));
    const res = await handler(request("POST"));
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toBe(`${ORIGIN}/en/dashboard`);
    expect(res.headers.get("content-security-policy")).toBe(NOTHING_ALLOWED_POLICY);
  });

  it("answers the API's 503 during an outage, and for a handler that found the database unreachable", async () => {
    const unreachable = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), {
      code: "ECONNREFUSED",
    });
    const failing = counting(() => Promise.reject(unreachable));
    const res = await failing.handler(request("GET"));
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ error: "unavailable" });
    expect(res.headers.get("content-security-policy")).toBe(NOTHING_ALLOWED_POLICY);

    noteDatabaseUnreachable();
    const { handler, calls } = counting(() => new Response("done"));
    expect((await handler(request("GET"))).status).toBe(503);
    expect(calls).toHaveLength(0);
  });

  it("lets other errors through to Next.js's error handling", async () => {
    const { handler } = counting(() => Promise.reject(new Error("a bug")));
    await expect(handler(request("GET"))).rejects.toThrow("a bug");
  });
});
