import { expect, test, type Page } from "@playwright/test";
import { e2eDb } from "./support/db";
import { linkInEmail, openEmail } from "./support/mailbox";
import { createUser, signIn } from "./support/users";
import { enrol, nextCode, secondStep } from "./support/second-factor";

async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/en\/login/);
}

test("authenticator app: enrol, sign in with password and code, reused code rejected, recovery code once", async ({
  page,
}) => {
  const user = await createUser();
  await signIn(page, { identifier: user.email, password: user.password });
  await expect(page).toHaveURL(/\/en\/dashboard$/);
  await page.goto("/en/account/security/enrol");
  const { key, codes } = await enrol(page, user.id);
  await signOut(page);

  // Password alone no longer signs in: the second step comes first.
  await signIn(page, { identifier: user.username, password: user.password });
  await expect(page.getByRole("heading", { name: "Confirm your sign-in" })).toBeVisible();
  expect((await page.context().cookies()).map((c) => c.name)).not.toContain("portal.session");
  const code = await nextCode(user.id, key);
  await secondStep(page, code);
  await expect(page).toHaveURL(/\/en\/dashboard$/);
  await signOut(page);

  // The same code again: rejected.
  await signIn(page, { identifier: user.username, password: user.password });
  await secondStep(page, code);
  await expect(page.getByText("This code is not correct or has already been used.")).toBeVisible();

  // A recovery code works, once.
  await secondStep(page, codes[0]!);
  await expect(page).toHaveURL(/\/en\/dashboard$/);
  await signOut(page);
  await signIn(page, { identifier: user.username, password: user.password });
  await secondStep(page, codes[0]!);
  await expect(page.getByText("This code is not correct or has already been used.")).toBeVisible();
  await openEmail(page, { to: user.email, subject: /A recovery code was used/ });
});

test("after a password reset the second step is still required", async ({ page }) => {
  const user = await createUser();
  await signIn(page, { identifier: user.email, password: user.password });
  await expect(page).toHaveURL(/\/en\/dashboard$/);
  const { key } = await enrol(page, user.id);
  await signOut(page);

  await page.goto("/en/forgot-password");
  await page.getByLabel("E-mail address").fill(user.email);
  await page.getByRole("button", { name: "Send reset link" }).click();
  const mail = await openEmail(page, { to: user.email, subject: /Reset your password/ });
  await page.goto(await linkInEmail(mail, "/en/reset-password"));
  const newPassword = "Granite-Orchard-Lantern-77";
  await page.getByLabel("New password", { exact: true }).fill(newPassword);
  await page.getByLabel("Repeat the new password").fill(newPassword);
  await page.getByRole("button", { name: "Save new password" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Your password has been changed" })).toBeVisible();

  await signIn(page, { identifier: user.email, password: newPassword });
  await expect(page.getByRole("heading", { name: "Confirm your sign-in" })).toBeVisible();
  await page.goto("/en/dashboard");
  await expect(page).toHaveURL(/\/en\/login/);
  await signIn(page, { identifier: user.email, password: newPassword });
  await secondStep(page, await nextCode(user.id, key));
  await expect(page).toHaveURL(/\/en\/dashboard$/);
});

test("a staff account without a second factor is sent to set one up", async ({ page }) => {
  const user = await createUser();
  await e2eDb().query(`UPDATE "User" SET role = 'SUPPORT' WHERE id = $1`, [user.id]);
  try {
    await signIn(page, { identifier: user.email, password: user.password });
    await expect(page).toHaveURL(/\/en\/account\/security\/enrol\?required=1$/);
    await expect(page.getByText("Your account needs a second factor before you can continue.")).toBeVisible();
    for (const path of ["/en/dashboard", "/en/account"]) {
      await page.goto(path);
      await expect(page).toHaveURL(/\/en\/account\/security\/enrol\?required=1$/);
    }
    await enrol(page, user.id, { fromAccount: false });
    await page.goto("/en/dashboard");
    await expect(page).toHaveURL(/\/en\/dashboard$/);
  } finally {
    await e2eDb().query(`DELETE FROM "User" WHERE id = $1`, [user.id]);
  }
});

test("signing out another browser from the sessions list ends its session", async ({ page, browser }) => {
  const user = await createUser({ locale: "de" });
  const other = await browser.newContext({
    userAgent: "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:139.0) Gecko/20100101 Firefox/139.0",
  });
  const otherPage = await other.newPage();
  await signIn(otherPage, { identifier: user.email, password: user.password, locale: "de" });
  await expect(otherPage).toHaveURL(/\/de\/dashboard$/);

  await signIn(page, { identifier: user.email, password: user.password, locale: "de" });
  await expect(page).toHaveURL(/\/de\/dashboard$/);
  await page.goto("/de/account#security");
  const list = page.getByRole("list", { name: "Angemeldete Browser" });
  await expect(list.getByRole("listitem")).toHaveCount(2);
  await expect(list.getByRole("listitem").filter({ hasText: "Dieses Gerät" })).toHaveCount(1);
  await expect(list.getByText("Firefox · Windows")).toBeVisible();
  await page.getByRole("heading", { name: "Sicherheit" }).scrollIntoViewIfNeeded();
  await page.setViewportSize({ width: 390, height: 844 });

  await page.getByRole("button", { name: "Firefox · Windows abmelden" }).click();
  await expect(page.getByText("Der Browser wurde abgemeldet.")).toBeVisible();
  await expect(list.getByRole("listitem")).toHaveCount(1);

  await otherPage.goto("/de/dashboard");
  await expect(otherPage).toHaveURL(/\/de\/login/);
  await other.close();
  await openEmail(page, { to: user.email, subject: /Neue Anmeldung bei Ihrem Konto/, locale: "de" });
});
