import { expect, test, type Page } from "@playwright/test";
import { linkInEmail, openEmail } from "./support/mailbox";
import { createUser, expectSignedIn, signIn } from "./support/users";

async function requestReset(page: Page, email: string, locale: "en" | "de" = "en") {
  const l =
    locale === "de"
      ? {
          address: "E-Mail-Adresse",
          submit: "Link zum Zurücksetzen senden",
          sent: "Bitte sehen Sie in Ihrem Postfach nach",
        }
      : { address: "E-mail address", submit: "Send reset link", sent: "Please check your e-mail" };
  await page.goto(`/${locale}/forgot-password`);
  await page.getByLabel(l.address).fill(email);
  await page.getByRole("button", { name: l.submit }).click();
  await expect(page.getByRole("status").filter({ hasText: l.sent })).toBeVisible();
}

test("password reset end to end in German: all sessions end, no automatic sign-in", async ({
  page,
  browser,
}) => {
  const user = await createUser({ locale: "de" });
  // A browser that is signed in before the reset.
  const before = await browser.newContext();
  const beforePage = await before.newPage();
  await signIn(beforePage, { identifier: user.email, password: user.password, remember: true, locale: "de" });
  await expect(beforePage).toHaveURL(/\/de\/dashboard$/);

  await page.goto("/de/login");
  await page.getByRole("link", { name: "Passwort vergessen?" }).click();
  await requestReset(page, user.email, "de");
  await expect(page.getByText("Bitte sehen Sie auch in Ihrem Junk-/Spam-Ordner nach.")).toBeVisible();
  await expect(
    page.getByRole("link", { name: /Ich habe keine Passwort-zurücksetzen Mail erhalten/ }),
  ).toBeVisible();

  const mail = await openEmail(page, {
    to: user.email,
    subject: /Passwort für das Customer Portal zurücksetzen/,
    locale: "de",
  });
  await expect(mail.locator("pre")).toContainText("Dieser Link ist gültig bis");
  const link = await linkInEmail(mail, "/de/reset-password");
  expect(link).toMatch(/^http:\/\/localhost:\d+\/de\/reset-password\?token=[A-Za-z0-9_-]{43}$/);

  const response = await page.goto(link);
  expect(response?.headers()["referrer-policy"]).toBe("no-referrer");
  await expect(page.getByRole("heading", { name: "Neues Passwort wählen" })).toBeVisible();
  await expect(page.getByText(`Für das Konto ${user.email}.`)).toBeVisible();
  await page.getByLabel("Neues Passwort", { exact: true }).fill("kurz");
  await page.getByLabel("Neues Passwort wiederholen").fill("anders");
  await page.getByRole("button", { name: "Neues Passwort speichern" }).click();
  await expect(page.getByText("Verwenden Sie mindestens 12 Zeichen.")).toBeVisible();

  const newPassword = "Quarry-Willow-Beacon-58";
  await page.getByLabel("Neues Passwort", { exact: true }).fill(newPassword);
  await page.getByLabel("Neues Passwort wiederholen").fill(newPassword);
  await page.getByRole("button", { name: "Neues Passwort speichern" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Ihr Passwort wurde geändert" })).toBeVisible();
  expect((await page.context().cookies()).find((c) => c.name === "portal.session")).toBeUndefined();

  // The session from before the reset no longer works.
  await beforePage.goto("/de/dashboard");
  await expect(beforePage).toHaveURL(/\/de\/login/);
  await before.close();

  await openEmail(page, {
    to: user.email,
    subject: /Ihr Passwort für das Customer Portal wurde geändert/,
    locale: "de",
  });

  await page.goto(link);
  await expect(page.getByRole("heading", { name: "Dieser Link wurde bereits verwendet" })).toBeVisible();
  await page.getByRole("link", { name: "Neuen Link anfordern" }).click();
  await expect(page).toHaveURL(/\/de\/forgot-password$/);

  await signIn(page, { identifier: user.email, password: user.password, locale: "de" });
  await expect(page.getByRole("alert").filter({ hasText: "nicht korrekt" })).toBeVisible();
  await signIn(page, { identifier: user.email, password: newPassword, locale: "de" });
  await expectSignedIn(page, /Willkommen/);
});

test("the same notice for an unknown address; broken links explain themselves", async ({ page }) => {
  await requestReset(page, `nobody-${Date.now()}@northwind.example`);
  await expect(page.getByText(/If an account exists for nobody-/)).toBeVisible();
  await expect(page.getByText("Please also check your junk/spam folder.")).toBeVisible();

  await page.goto("/en/reset-password?token=not-a-real-token");
  await expect(page.getByRole("heading", { name: "This link is not valid" })).toBeVisible();
  await expect(page.getByRole("link", { name: /The password reset link doesn’t work/ })).toBeVisible();
  await page.getByRole("link", { name: "Request a new link" }).click();
  await expect(page).toHaveURL(/\/en\/forgot-password$/);
});
