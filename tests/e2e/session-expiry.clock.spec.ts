import { expect, test } from "@playwright/test";
import { linkInEmail, openEmail } from "./support/mailbox";
import { createUser, expectSignedIn, setServerClock, signIn } from "./support/users";

// These tests move the server's clock, so they run on their own after every other test
// (project "clock" in playwright.config.ts).
test.describe.configure({ mode: "serial" });
test.afterEach(async ({ page }) => setServerClock(page, 0));

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

test("a remembered sign-in is rejected 12 hours later, even though the browser still sends it", async ({
  page,
}) => {
  const user = await createUser();
  await signIn(page, { identifier: user.email, password: user.password, remember: true });
  await expectSignedIn(page, /Welcome/);
  const cookie = (await page.context().cookies()).find((c) => c.name === "portal.session")!;

  await setServerClock(page, 11 * HOUR + 50 * MINUTE);
  await page.goto("/en/account");
  await expect(page.getByRole("heading", { name: "Your account" })).toBeVisible();

  await setServerClock(page, 12 * HOUR + MINUTE);
  // Only the server's clock moved: the browser still holds and sends the cookie.
  expect((await page.context().cookies()).find((c) => c.name === "portal.session")?.value).toBe(cookie.value);
  await page.goto("/en/account");
  await expect(page).toHaveURL(/\/en\/login/);
});

test("a sign-in without 'remember me' ends after an hour without activity", async ({ page }) => {
  const user = await createUser();
  await signIn(page, { identifier: user.username, password: user.password, locale: "de" });
  await expectSignedIn(page, /Willkommen/);
  await setServerClock(page, 45 * MINUTE);
  await page.goto("/de/dashboard");
  await expectSignedIn(page, /Willkommen/);
  await setServerClock(page, 45 * MINUTE + 61 * MINUTE);
  await page.goto("/de/dashboard");
  await expect(page).toHaveURL(/\/de\/login/);
});

test("a reset link is rejected after 60 minutes", async ({ page }) => {
  const user = await createUser();
  await page.goto("/en/forgot-password");
  await page.getByLabel("E-mail address").fill(user.email);
  await page.getByRole("button", { name: "Send reset link" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Please check your e-mail" })).toBeVisible();
  const link = await linkInEmail(
    await openEmail(page, { to: user.email, subject: /Reset your password for the Customer Portal/ }),
    "/en/reset-password",
  );
  await setServerClock(page, 59 * MINUTE);
  await page.goto(link);
  await expect(page.getByRole("heading", { name: "Choose a new password" })).toBeVisible();
  await setServerClock(page, 61 * MINUTE);
  await page.goto(link);
  await expect(page.getByRole("heading", { name: "This link has expired" })).toBeVisible();
  await expect(page.getByText("valid for 60 minutes")).toBeVisible();
});
