import { expect, test, type Page } from "@playwright/test";
import { e2eDb } from "./support/db";
import { openEmail } from "./support/mailbox";
import { createUser, expectSignedIn, signIn } from "./support/users";

const HOUR = 3_600_000;
const sessionCookie = async (page: Page) =>
  (await page.context().cookies()).find((c) => c.name === "portal.session");

test.describe("sign-in", () => {
  test("by e-mail address in English, with a remembered 12-hour cookie", async ({ page }) => {
    const user = await createUser();
    const before = Date.now();
    await signIn(page, { identifier: user.email.toUpperCase(), password: user.password, remember: true });
    await expect(page).toHaveURL(/\/en\/dashboard$/);
    await expectSignedIn(page, new RegExp(`Welcome, ${user.firstName}`));
    const cookie = await sessionCookie(page);
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
    // Cookie expiry (seconds) within a minute of 12 hours after sign-in.
    expect(cookie!.expires * 1000).toBeGreaterThan(before + 12 * HOUR - 60_000);
    expect(cookie!.expires * 1000).toBeLessThan(Date.now() + 12 * HOUR + 60_000);
  });

  test("by username in German, with a browser-session cookie", async ({ page }) => {
    const user = await createUser({ locale: "de" });
    await signIn(page, { identifier: user.username, password: user.password, locale: "de" });
    await expect(page).toHaveURL(/\/de\/dashboard$/);
    await expectSignedIn(page, new RegExp(`Willkommen, ${user.firstName}`));
    const cookie = await sessionCookie(page);
    expect(cookie?.expires).toBe(-1); // no Expires: ends with the browser session
  });

  test("shows one message for a wrong password and an unknown user", async ({ page }) => {
    const user = await createUser();
    const message = "The username, e-mail address or password is not correct. Please try again.";
    await signIn(page, { identifier: user.email, password: "not-the-password" });
    await expect(page.getByRole("alert").filter({ hasText: message })).toBeVisible();
    await signIn(page, { identifier: `nobody-${user.email}`, password: "not-the-password" });
    await expect(page.getByRole("alert").filter({ hasText: message })).toBeVisible();
    expect(await sessionCookie(page)).toBeUndefined();
  });

  test("explains accounts that are not active yet, in Spanish", async ({ page }) => {
    const pending = await createUser({ status: "PENDING_EMAIL" });
    await signIn(page, { identifier: pending.email, password: pending.password, locale: "es" });
    await expect(page.getByText("Primero confirme su dirección de correo electrónico")).toBeVisible();
    await expect(
      page.getByRole("link", { name: "Volver a enviar el correo de confirmación" }),
    ).toHaveAttribute("href", "/es/verify-email/resend");

    const review = await createUser({ status: "PENDING_REVIEW" });
    await signIn(page, { identifier: review.username, password: review.password, locale: "es" });
    await expect(page.getByText("Estamos verificando su registro")).toBeVisible();
    await expect(page.getByRole("main").getByRole("link", { name: "support@example.com" })).toBeVisible();
    await expect(page.getByRole("link", { name: /Mi registro no ha sido aprobado/ })).toBeVisible();
    expect(await sessionCookie(page)).toBeUndefined();
  });

  test("returns to a same-origin callbackUrl and ignores foreign ones", async ({ page }) => {
    const user = await createUser();
    await page.goto("/en/account");
    await expect(page).toHaveURL(/\/en\/login\?callbackUrl=%2Fen%2Faccount$/);
    await expect(page.getByText("Please sign in to continue.")).toBeVisible();
    await signIn(page, { identifier: user.email, password: user.password, path: page.url() });
    await expect(page).toHaveURL(/\/en\/account$/);
    await expect(page.getByText(user.username, { exact: true })).toBeVisible(); // FAQ 2.2

    const other = await createUser();
    await page.context().clearCookies();
    await signIn(page, {
      identifier: other.email,
      password: other.password,
      path: "/en/login?callbackUrl=https%3A%2F%2Fevil.example%2Fsteal",
    });
    await expect(page).toHaveURL(/\/en\/dashboard$/);
  });

  test("sign-out ends the session on the server, so a copied cookie stops working", async ({
    page,
    browser,
  }) => {
    const user = await createUser();
    await signIn(page, { identifier: user.email, password: user.password, remember: true });
    await expect(page).toHaveURL(/dashboard$/);
    const copied = await sessionCookie(page);
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByText("You have been signed out.")).toBeVisible();

    const thief = await browser.newContext();
    await thief.addCookies([copied!]);
    const stolen = await thief.newPage();
    await stolen.goto("/en/dashboard");
    await expect(stolen).toHaveURL(/\/en\/login/);
    await thief.close();
  });
});

test.describe("account", () => {
  test("changing the password keeps this browser signed in and ends the others", async ({
    page,
    browser,
  }) => {
    const user = await createUser();
    const other = await browser.newContext();
    const otherPage = await other.newPage();
    await signIn(otherPage, { identifier: user.email, password: user.password });
    await expect(otherPage).toHaveURL(/dashboard$/);

    await signIn(page, { identifier: user.username, password: user.password });
    await expect(page).toHaveURL(/dashboard$/);
    await page.getByRole("link", { name: "Account", exact: true }).click();
    await expect(page.getByRole("heading", { name: "Your account" })).toBeVisible();
    await page.getByLabel("Current password").fill("wrong current password");
    await page.getByLabel("New password", { exact: true }).fill("Granite-Meadow-Lantern-77");
    await page.getByLabel("Repeat the new password").fill("Granite-Meadow-Lantern-77");
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(page.getByText("The current password is not correct.")).toBeVisible();

    await page.getByLabel("Current password").fill(user.password);
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(
      page.getByRole("status").filter({ hasText: "Your password has been changed." }),
    ).toBeVisible();
    await expect(page).toHaveURL(/\/en\/account\?passwordChanged=1#change-password$/);
    await page.goto("/en/dashboard"); // this browser is still signed in
    await expectSignedIn(page, /Welcome/);
    await otherPage.goto("/en/dashboard");
    await expect(otherPage).toHaveURL(/\/en\/login/);
    await other.close();

    const mail = await openEmail(page, {
      to: user.email,
      subject: /Your password for the Customer Portal was changed/,
    });
    await expect(mail.locator("pre")).toContainText(user.username);
  });

  test("sign out everywhere ends every session", async ({ page, browser }) => {
    const user = await createUser();
    const other = await browser.newContext();
    const otherPage = await other.newPage();
    await signIn(otherPage, { identifier: user.email, password: user.password, remember: true });
    await expect(otherPage).toHaveURL(/dashboard$/);
    await signIn(page, { identifier: user.email, password: user.password });
    await expect(page).toHaveURL(/dashboard$/);
    await page.goto("/en/account");
    await page.getByRole("button", { name: "Sign out everywhere" }).click();
    await expect(page).toHaveURL(/\/en\/login\?signedOut=1$/);
    await otherPage.goto("/en/account");
    await expect(otherPage).toHaveURL(/\/en\/login/);
    await other.close();
    const { rows } = await e2eDb().query(
      `SELECT count(*)::int AS open FROM "SignInSession" WHERE "userId" = $1 AND "revokedAt" IS NULL`,
      [user.id],
    );
    expect(rows[0].open).toBe(0);
  });
});
