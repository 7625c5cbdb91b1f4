import { expect, test, type Page, type Request } from "@playwright/test";
import { createUser } from "./support/users";

// The HTTP answers of the sign-in and forgot-password server actions, compared byte for byte:
// a real account and an unknown one must not be told apart by status, headers or body.

/**
 * Submits a form once in the browser and returns a function that replays its action request: the
 * first server-action POST carrying `marker` (the login page also calls an action on load, for
 * passkey autofill).
 */
async function captureAction(page: Page, marker: string, submit: () => Promise<void>) {
  const captured = page.waitForRequest(
    (r) => r.method() === "POST" && !!r.headers()["next-action"] && !!r.postData()?.includes(marker),
  );
  await submit();
  const request: Request = await captured;
  const headers = Object.fromEntries(
    Object.entries(request.headers()).filter(([name]) =>
      ["next-action", "next-router-state-tree", "content-type", "accept", "origin"].includes(name),
    ),
  );
  const body = request.postData()!;
  return async (from: string, to: string) => {
    const res = await page.request.post(request.url(), { headers, data: body.replaceAll(from, to) });
    const text = (await res.text()).replaceAll(to, "<input>");
    // Per-response values (date, request id, CSP nonce) differ on every answer, whoever asks.
    const responseHeaders = Object.entries(res.headers())
      .filter(([name]) => name !== "date" && name !== "x-request-id")
      .map(([name, value]) => [name, value.replace(/'nonce-[^']+'/g, "'nonce-…'")])
      .sort();
    return { status: res.status(), headers: responseHeaders, body: text };
  };
}

test("forgot password answers a known and an unknown address identically", async ({ page }) => {
  const first = await createUser();
  await page.goto("/en/forgot-password");
  const replay = await captureAction(page, first.email, async () => {
    await page.getByLabel("E-mail address").fill(first.email);
    await page.getByRole("button", { name: "Send reset link" }).click();
  });
  const known = await createUser();
  await replay(first.email, "warm-up@example.com"); // settles the context's cookies (NEXT_LOCALE)
  const a = await replay(first.email, known.email);
  const b = await replay(first.email, `nobody-${known.username}@northwind.example`);
  expect(a.status).toBe(200);
  expect(a.body).toContain('"ok":true');
  expect(b).toEqual(a);
});

test("sign-in answers a wrong password and an unknown user identically", async ({ page }) => {
  const user = await createUser();
  await page.goto("/en/login");
  const replay = await captureAction(page, user.email, async () => {
    await page.getByLabel("Username or e-mail address").fill(user.email);
    await page.getByLabel("Password", { exact: true }).fill("wrong-password");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
  });
  const other = await createUser();
  await replay(user.email, "warm-up@example.com");
  const a = await replay(user.email, other.email);
  const b = await replay(user.email, `nobody-${other.username}@northwind.example`);
  expect(a.status).toBe(200);
  expect(a.body).toContain("is not correct");
  expect(b).toEqual(a);
  expect(a.headers.map(([name]) => name)).not.toContain("set-cookie");
});
