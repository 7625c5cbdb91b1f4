import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { expect, test, type APIRequestContext, type Browser } from "@playwright/test";
import { createUser, signIn } from "./support/users";
import { enrol } from "./support/second-factor";

// Every address the portal answers — each page and each route handler under app/, found on disk so
// a new one is covered without anyone listing it — requested with hostile values in its dynamic
// segments and in every query parameter the pages read: NUL, CRLF, a malformed escape, an overlong
// UTF-8 sequence, fullwidth letters, path traversal, SQL, a 4000-character value. Asked by a visitor,
// a customer and an admin past the second step, each answer must be a page or a refusal (2xx, 3xx
// or 4xx after following redirects), never a server error.

const APP = join(process.cwd(), "app");

function files(dir: string, name: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name), name) : name.test(e.name) ? [join(dir, e.name)] : [],
  );
}

/** The URL of a page.tsx or route.ts, with `{}` where a dynamic segment goes. */
function template(file: string) {
  const segments = relative(APP, file).split(sep).slice(0, -1);
  return (
    "/" +
    segments
      .filter((s) => !/^\(.*\)$/.test(s))
      .map((s) => (s === "[locale]" ? "{locale}" : s.startsWith("[") ? "{}" : s))
      .join("/")
  );
}

const pages = files(APP, /^page\.tsx$/).map(template);
const handlers = files(APP, /^route\.ts$/).map(template);

/** Every query parameter a page or handler reads, taken from the sources. */
const queryNames = (() => {
  const source = files(APP, /\.tsx?$/)
    .map((f) => readFileSync(f, "utf8"))
    .join("\n");
  const patterns = [
    /(?:param|intParam|dateParam|oneOf)\(sp, "(\w+)"/g,
    /\bquery\.(\w+)/g,
    /searchParams\)\.(\w+)/g,
    /\{ (\w+) \} = await searchParams/g,
    /searchParams\.get\("(\w+)"\)/g,
  ];
  return [...new Set(patterns.flatMap((p) => [...source.matchAll(p)].map((m) => m[1]!)))].sort();
})();

// Written as they travel in a URL: already percent-encoded where encoding is the point.
const HOSTILE = [
  "%00",
  "x%0D%0ASet-Cookie:%20a=b",
  "%E0%A4%A",
  "%C0%AE%C0%AE%2F",
  "..%2F..%2Fetc%2Fpasswd",
  "%EF%BD%81%EF%BD%84%EF%BD%8D%EF%BD%89%EF%BD%8E",
  "'%20OR%201=1--",
  "%F0%9F%98%80%E2%80%AE",
  "x".repeat(4000),
];

const LOCALES = ["en", "de", "es"] as const;

function urls(templates: string[]) {
  return templates.flatMap((t) =>
    HOSTILE.map((value, i) => {
      const path = t.replace("{locale}", LOCALES[i % LOCALES.length]!).replaceAll("{}", value);
      // The values take turns so the URL stays within what a browser sends.
      const query = queryNames.map((n, j) => `${n}=${j % 2 === 0 ? value.slice(0, 100) : "1"}`).join("&");
      return `${path}?${query}&${queryNames[i % queryNames.length]}=${value}`;
    }),
  );
}

// Each test is a client of its own (the harness's proxy names it), so its requests count against
// its own throttles, not those of the tests running beside it.
let client = 0;
// Worker processes differ in their pid, tests within one in the counter: always a valid IPv4 address.
const ownAddress = () => ({ "x-forwarded-for": `10.250.${process.pid % 250}.${client++ % 250}` });

async function expectNoServerError(request: APIRequestContext, list: string[]) {
  const failures: string[] = [];
  const headers = ownAddress();
  // A few at a time: the point is what each answer is, not how many the server takes at once.
  for (let i = 0; i < list.length; i += 4) {
    await Promise.all(
      list.slice(i, i + 4).map(async (url) => {
        const res = await request.get(url, { headers, maxRedirects: 10, failOnStatusCode: false });
        if (res.status() >= 500) failures.push(`${res.status()} ${url.slice(0, 160)}`);
      }),
    );
  }
  expect(failures).toEqual([]);
}

async function signedInAs(browser: Browser, role: "CUSTOMER" | "ADMIN") {
  const context = await browser.newContext();
  const page = await context.newPage();
  const user = await createUser({ role });
  await signIn(page, { identifier: user.email, password: user.password });
  if (role === "ADMIN") await enrol(page, user.id, { fromAccount: false });
  else await expect(page).toHaveURL(/\/en\/dashboard/);
  return context;
}

test.describe("hostile addresses", () => {
  test.describe.configure({ timeout: 300_000 });

  test("the app's pages, handlers and query parameters are all found", () => {
    expect(pages).toEqual(
      expect.arrayContaining(["/{locale}/content/{}", "/{locale}/admin/users/{}", "/{locale}/help"]),
    );
    expect(handlers).toEqual(expect.arrayContaining(["/api/content/{}/download", "/api/serials/{}"]));
    expect(pages.length).toBeGreaterThanOrEqual(30);
    expect(handlers.length).toBeGreaterThanOrEqual(10);
    expect(queryNames).toEqual(expect.arrayContaining(["callbackUrl", "token", "q", "from", "locale"]));
  });

  test("a visitor never gets a server error", async ({ request }) => {
    await expectNoServerError(request, urls([...pages, ...handlers]));
  });

  test("a customer never gets a server error", async ({ browser }) => {
    const context = await signedInAs(browser, "CUSTOMER");
    await expectNoServerError(context.request, urls([...pages, ...handlers]));
  });

  test("an admin never gets a server error", async ({ browser }) => {
    const context = await signedInAs(browser, "ADMIN");
    await expectNoServerError(context.request, urls([...pages, ...handlers]));
  });
});

// The same values as a form or program would post them (decoded), plus a 2 MB body.
const HOSTILE_TEXT = [
  "\u0000",
  "x\r\nSet-Cookie: a=b",
  "ａｄｍｉｎ",
  "😀\u202e",
  "' OR 1=1--",
  "1",
  "x".repeat(2_000_000),
];

test("the handlers that take posts answer hostile bodies without a server error", async ({ request }) => {
  const headers = ownAddress();
  const { csrfToken } = (await (await request.get("/api/auth/csrf", { headers })).json()) as {
    csrfToken: string;
  };
  const forms: Array<[string, (v: string) => Record<string, string>]> = [
    ["/api/auth/callback/credentials", (v) => ({ identifier: v, password: v, remember: v, callbackUrl: v })],
    ["/api/auth/callback/second-factor", (v) => ({ code: v, callbackUrl: v })],
    ["/api/auth/callback/passkey", (v) => ({ response: v })],
    ["/api/auth/signout", (v) => ({ callbackUrl: v })],
    ["/api/auth/session", (v) => ({ data: v })],
  ];
  const failures: string[] = [];
  for (const value of HOSTILE_TEXT) {
    for (const [url, fields] of forms) {
      for (const token of [csrfToken, value]) {
        const res = await request.post(url, {
          headers,
          form: { csrfToken: token, ...fields(value) },
          maxRedirects: 0,
          failOnStatusCode: false,
        });
        if (res.status() >= 500)
          failures.push(`${res.status()} ${url} ${JSON.stringify(value.slice(0, 20))}`);
      }
    }
    // Never a valid offset: the server's clock stays where it is for the tests beside this one.
    for (const data of [{ offsetMs: value }, value, [value], { offsetMs: 1.5 }]) {
      const res = await request.post("/api/test/clock", { headers, data, failOnStatusCode: false });
      if (res.status() !== 400)
        failures.push(`${res.status()} /api/test/clock ${JSON.stringify(data).slice(0, 40)}`);
    }
  }
  expect(failures).toEqual([]);
});

test("Auth.js's endpoints answer a forged callback-address cookie without a server error", async ({
  request,
}) => {
  const failures: string[] = [];
  const address = ownAddress();
  for (const endpoint of ["session", "csrf", "providers", "signin", "signout", "callback/credentials"]) {
    for (const value of ["1", "%00", "http%3A%2F%2Fevil.example%2F"]) {
      const res = await request.get(`/api/auth/${endpoint}`, {
        headers: { ...address, cookie: `authjs.callback-url=${value}` },
        maxRedirects: 0,
        failOnStatusCode: false,
      });
      if (res.status() >= 500) failures.push(`${res.status()} ${endpoint} ${value}`);
      expect(res.headers()["location"] ?? "").not.toContain("evil.example");
    }
  }
  expect(failures).toEqual([]);
});

test("a long address is not copied into the answer's headers; public pages name their languages in the page", async ({
  request,
  baseURL,
}) => {
  const headers = ownAddress();
  const res = await request.get(`/es/${"x".repeat(4000)}`, { headers });
  expect(res.status()).toBe(404);
  const size = res.headersArray().reduce((n, h) => n + h.name.length + h.value.length, 0);
  expect(size).toBeLessThan(4000);
  for (const path of ["", "/login", "/register", "/help"]) {
    const html = await (await request.get(`/de${path}`, { headers })).text();
    for (const locale of ["en", "de", "es"]) {
      expect(html, path).toContain(
        `<link rel="alternate" hrefLang="${locale}" href="${baseURL}/${locale}${path}"/>`,
      );
    }
    expect(html, path).toContain(`<link rel="canonical" href="${baseURL}/de${path}"/>`);
  }
});
