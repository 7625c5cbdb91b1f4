import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type AppInstance } from "../support/app-instances";
import { freshDatabase, type TestDatabase } from "../support/ops-database";

// What the container runs: `node server.js` from the standalone output, with the static assets
// copied next to it as the Dockerfile does. No container engine is needed to prove the artefact.

let database: TestDatabase;
let app: AppInstance;

beforeAll(async () => {
  database = await freshDatabase("standalone");
  app = await startApp({ name: "standalone", databaseUrl: database.url });
});
afterAll(async () => {
  await app?.stop();
  await database?.drop();
});

describe("the standalone server", () => {
  it("serves the home page with its scripts and styles", async () => {
    const res = await app.fetch("/en");
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("Everything for your Example Instruments devices in one place");
    const asset = html.match(/\/_next\/static\/[^"]+\.(?:js|css)/)?.[0];
    expect(asset).toBeDefined();
    expect((await app.fetch(asset!)).status).toBe(200);
  });

  it("answers liveness and readiness", async () => {
    const live = await app.fetch("/api/health/live");
    expect(live.status).toBe(200);
    expect(await live.json()).toMatchObject({ status: "ok" });

    const ready = await app.fetch("/api/health/ready");
    expect(ready.status).toBe(200);
    expect(ready.headers.get("cache-control")).toBe("no-store");
    expect(await ready.json()).toMatchObject({
      status: "ok",
      checks: {
        database: { ok: true },
        schema: { ok: true, pending: [], unfinished: [] },
        outbox: { ok: true, due: 0, max: 1000 },
      },
    });
  });

  it("has no metrics endpoint while METRICS_TOKEN is unset", async () => {
    const res = await app.fetch("/api/metrics", { headers: { Authorization: "Bearer anything-at-all" } });
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain("portal_");
  });

  it("echoes a valid X-Request-Id and logs one line per request with it", async () => {
    const id = "lb-7f3a9c2e-0001";
    const res = await app.fetch("/de", { headers: { "X-Request-Id": id } });
    expect(res.status).toBe(200);
    expect(res.headers.get("x-request-id")).toBe(id);
    const line = await app.logs.waitFor((e) => e.reqId === id);
    expect(line).toMatchObject({
      level: "info",
      msg: "request",
      method: "GET",
      path: "/de",
      route: "page:home",
    });
    expect(line.status).toBe(200);
    expect(typeof line.durationMs).toBe("number");
    expect(app.logs.entries().filter((e) => e.reqId === id)).toHaveLength(1);
  });

  it("replaces a malformed X-Request-Id with a generated one", async () => {
    const res = await app.fetch("/en/does-not-exist", { headers: { "X-Request-Id": "bad id;drop" } });
    expect(res.status).toBe(404);
    const id = res.headers.get("x-request-id");
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const line = await app.logs.waitFor((e) => e.reqId === id);
    expect(line).toMatchObject({ status: 404, route: "not_found", path: "/en/does-not-exist" });
  });
});
