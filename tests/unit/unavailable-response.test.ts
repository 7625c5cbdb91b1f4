import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import de from "@/messages/de.json";
import es from "@/messages/es.json";
import { unavailableApi, unavailableResponse } from "@/lib/ops/unavailable-response";
import { localeOfPath } from "@/lib/i18n/routing";
import { TEST_ENV } from "../support/test-env";

// The answers proxy.ts gives while the database is unreachable (and lib/ops/outage-answers.ts
// gives the requests that met the outage while they ran).

const at = (pathname: string, search = "", action = false, nonce = "n0nce") =>
  unavailableResponse({ pathname, search, action, nonce });

describe("the 503 answers during a database outage", () => {
  it("takes the language from the address, English elsewhere", () => {
    expect(localeOfPath("/de/register")).toBe("de");
    expect(localeOfPath("/es")).toBe("es");
    expect(localeOfPath("/fr/register")).toBe("en");
    expect(localeOfPath("/deutsch")).toBe("en");
    expect(localeOfPath("/")).toBe("en");
  });

  it("a page: self-contained, in the language asked for, never cached, styles under the nonce", async () => {
    const res = at("/es/login", '?x=1&y="2"', false, "abc123==")!;
    expect(res.status).toBe(503);
    expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(res.headers.get("retry-after")).toBe("10");
    expect(res.headers.get("cache-control")).toBe("no-store");
    const html = await res.text();
    expect(html).toContain('<html lang="es">');
    expect(html).toContain(`<h1>${es.unavailable.title}</h1>`);
    expect(html).toContain(es.unavailable.text);
    expect(html).toContain(`<style nonce="abc123==">`);
    expect(html).toContain(`<a href="mailto:${TEST_ENV.SUPPORT_EMAIL}">${TEST_ENV.SUPPORT_EMAIL}</a>`);
    expect(html).toContain(`<title>${es.unavailable.metaTitle} · ${TEST_ENV.PORTAL_NAME}</title>`);
    // The address goes into an attribute escaped; no script of any kind.
    expect(html).toContain('href="/es/login?x=1&amp;y=&quot;2&quot;"');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toContain(en.unavailable.title);
  });

  it("a server action: plain text for Next.js's client, which then reloads the page", async () => {
    const res = at("/en/register", "", true)!;
    expect(res.status).toBe(503);
    expect(res.headers.get("content-type")).toBe("text/plain");
    expect(res.headers.get("x-action-redirect")).toBe("/en/register;replace");
    expect(await res.text()).toBe(en.unavailable.action);
  });

  it("an API route: JSON", async () => {
    const res = unavailableApi();
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBe("10");
    expect(await res.json()).toEqual({ error: "unavailable" });
  });

  it("picks the answer by request: action, API, localized page; health, metrics and files go on", async () => {
    const action = at("/de/register", "?step=2", true)!;
    expect(action.status).toBe(503);
    expect(action.headers.get("x-action-redirect")).toBe("/de/register?step=2;replace");
    expect(await action.text()).toBe(de.unavailable.action);
    const api = at("/api/serials/NW100A")!;
    expect(api.headers.get("content-type")).toBe("application/json");
    expect(await api.json()).toEqual({ error: "unavailable" });
    // A client navigation's _rsc parameter is not part of the page's address.
    const page = at("/es/login", "?_rsc=abc&callbackUrl=%2Fes")!;
    expect(page.headers.get("retry-after")).toBe("10");
    const html = await page.text();
    expect(html).toContain('<html lang="es">');
    expect(html).toContain('href="/es/login?callbackUrl=%2Fes"');
    expect(html).toContain('<style nonce="n0nce">');
    for (const pathname of [
      "/api/health/ready",
      "/api/metrics",
      "/_next/static/chunks/a.js",
      "/icon.svg",
      "/",
    ])
      expect(at(pathname)).toBeNull();
  });
});
