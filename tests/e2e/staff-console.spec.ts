import { expect, test, type Browser, type Page } from "@playwright/test";
import { e2eDb } from "./support/db";
import { linkInEmail, openEmail } from "./support/mailbox";
import { PASSWORD, register } from "./support/wizard";
import { createUser, expectSignedIn, signIn } from "./support/users";
import { enrol } from "./support/second-factor";

/** A registration that automatic activation sent to review, waiting for two days. */
async function pendingRegistration() {
  const user = await createUser({ status: "PENDING_REVIEW" });
  await e2eDb().query(
    `UPDATE "User" SET "reviewReason" = 'unknown_domain', "emailVerified" = now() - interval '2 days',
       "statusChangedAt" = now() - interval '2 days' WHERE id = $1`,
    [user.id],
  );
  return user;
}

/** A support agent of their own, signed in; staff must set up a second factor first (issue 10). */
async function supportPage(browser: Browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const agent = await createUser({ role: "SUPPORT" });
  await signIn(page, { identifier: agent.email, password: agent.password });
  await expect(page).toHaveURL(/\/en\/account\/security\/enrol/);
  // Typing the console's address does not get around it.
  for (const path of ["/en/admin", "/en/admin/content"]) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/en\/account\/security\/enrol\?required=1$/);
  }
  await enrol(page, agent.id, { fromAccount: false });
  return page;
}

/** The console's page of `user`, found through the user search. */
async function openUserPage(page: Page, user: { email: string; firstName: string; lastName: string }) {
  await page.goto(`/en/admin/users?q=${encodeURIComponent(user.email)}`);
  await page.getByRole("link", { name: `${user.firstName} ${user.lastName}` }).click();
}

async function findInQueue(page: Page, email: string) {
  await page.goto("/en/admin");
  await page.getByRole("search", { name: "Filters" }).getByLabel("Search").fill(email);
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(email).replace(/\./g, "\\.")}`));
}

test("a registration that needs review appears in the queue; approved, the user is e-mailed and can sign in", async ({
  page,
  browser,
}) => {
  // A real registration through the wizard: a public e-mail provider proves nothing, so it waits.
  const email = `queue-${Date.now()}-${Math.floor(Math.random() * 1e4)}@gmail.com`;
  await register(page, "de", { email, firstName: "Greta", lastName: "Lindqvist", serial: "NW101B" });
  const confirm = await openEmail(page, { to: email, subject: /Bitte bestätigen Sie/, locale: "de" });
  await page.goto(await linkInEmail(confirm, "verify-email"));
  await expect(page.getByRole("heading", { name: "Ihre E-Mail-Adresse ist bestätigt" })).toBeVisible();

  const staff = await supportPage(browser);
  await staff.getByRole("link", { name: "Staff console" }).click();
  await expect(staff.getByRole("heading", { level: 1, name: "Verification queue" })).toBeVisible();
  await findInQueue(staff, email);
  const row = staff.getByRole("row").filter({ hasText: email });
  await expect(row).toContainText("Free e-mail provider");
  await expect(row).toContainText("NW101B");
  await row.getByRole("link", { name: "Greta Lindqvist" }).click();

  await expect(staff.getByRole("heading", { level: 1, name: "Greta Lindqvist" })).toBeVisible();
  await expect(staff.getByText("it says nothing about the employer", { exact: false })).toBeVisible();
  const registry = staff.getByRole("region", { name: "Devices and registry" });
  await expect(registry).toContainText("Northwind Energy");
  await expect(registry).toContainText("northwind-energy.example, northwind.example");
  await expect(staff.getByRole("region", { name: "E-mail domain" })).toContainText("gmail.com");
  await staff.getByRole("button", { name: "Approve" }).click();
  const dialog = staff.getByRole("dialog", { name: "Approve registration" });
  await dialog.getByRole("button", { name: "Approve" }).click();
  // The page shows the decision once it is recorded (the buttons give way to it).
  await expect(staff.getByText("Already decided: Active.")).toBeVisible();

  const mail = await openEmail(page, {
    to: email,
    subject: /Registrierung im .* wurde freigegeben/,
    locale: "de",
  });
  await expect(mail.locator("pre")).toContainText("Ihr Benutzername: glindqvist");
  await signIn(page, { identifier: email, password: PASSWORD, locale: "de" });
  await expectSignedIn(page, /Willkommen, Greta/);
});

test("a registration rejected with a reason: the user is told why and cannot sign in", async ({
  page,
  browser,
}) => {
  const user = await pendingRegistration();
  const staff = await supportPage(browser);
  await findInQueue(staff, user.email);
  await staff.getByRole("checkbox", { name: `Select ${user.firstName} ${user.lastName}` }).check();
  await expect(staff.getByText("Selected: 1")).toBeVisible();
  await staff.getByRole("button", { name: "Reject" }).click();
  const dialog = staff.getByRole("dialog", { name: "Reject registration" });
  await dialog.getByRole("button", { name: "Reject" }).click();
  await expect(dialog.getByText("Please choose a reason.")).toBeVisible();
  await dialog.getByLabel("Reason").selectOption({ label: "Company could not be verified" });
  await dialog.getByLabel("Note to the customer").fill("Please send us your customer number.");
  await dialog.getByRole("button", { name: "Reject" }).click();
  await expect(staff.getByText("No registrations match")).toBeVisible();

  const mail = await openEmail(page, { to: user.email, subject: /registration could not be approved/ });
  await expect(mail.locator("pre")).toContainText("could not confirm that you work for the company you gave");
  await expect(mail.locator("pre")).toContainText("Please send us your customer number.");
  await signIn(page, { identifier: user.email, password: user.password });
  await expect(page.getByText("This account cannot be used to sign in")).toBeVisible();
  await expect(page).toHaveURL(/\/en\/login/);
});

test("support changes a customer's e-mail and assigns a temporary password; old sessions end and the change is forced", async ({
  page,
  browser,
}) => {
  const user = await createUser();
  await signIn(page, { identifier: user.email, password: user.password });
  await expectSignedIn(page, /Welcome/);

  const staff = await supportPage(browser);
  await openUserPage(staff, user);
  await expect(
    staff.getByRole("heading", { level: 1, name: `${user.firstName} ${user.lastName}` }),
  ).toBeVisible();

  const newEmail = `moved-${user.username}@contoso-grid.example`;
  await staff.getByRole("button", { name: "Change e-mail address" }).click();
  let dialog = staff.getByRole("dialog", { name: "Change the e-mail address" });
  await dialog.getByLabel("New e-mail address").fill(newEmail);
  await dialog.getByRole("button", { name: "Change e-mail address" }).click();
  await expect(dialog.getByText("Please say why")).toBeVisible();
  await dialog.getByLabel("Reason").fill("Ticket 4711: old mailbox closed");
  await dialog.getByRole("button", { name: "Change e-mail address" }).click();
  await expect(staff.getByRole("status").filter({ hasText: "E-mail address changed." })).toBeVisible();
  await expect(staff.getByRole("region", { name: "Account" })).toContainText(newEmail);

  const toOld = await openEmail(staff, {
    to: user.email,
    subject: /e-mail address of your .* account was changed/,
  });
  await expect(toOld.locator("pre")).toContainText(newEmail);
  await openEmail(staff, { to: newEmail, subject: /This is now the e-mail address/ });

  // The customer's browser was signed in: that session is over.
  await page.goto("/en/account");
  await expect(page).toHaveURL(/\/en\/login/);

  await staff.goto("/en/admin/users?q=" + encodeURIComponent(newEmail));
  await staff.getByRole("link", { name: `${user.firstName} ${user.lastName}` }).click();
  await staff.getByRole("button", { name: "Assign a temporary password" }).click();
  dialog = staff.getByRole("dialog", { name: "Assign a temporary password" });
  await dialog.getByLabel("Reason").fill("Ticket 4712: reset e-mail never arrives");
  await dialog.getByRole("button", { name: "Generate password" }).click();
  const shown = dialog.getByLabel("Temporary password — shown only now");
  await expect(shown).toHaveText(/^([a-zA-Z2-9]{5}-){3}[a-zA-Z2-9]{5}$/);
  const temporary = (await shown.textContent())!;
  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(staff.getByText("Must choose a new password")).toBeVisible();

  await signIn(page, { identifier: newEmail, password: temporary });
  await expect(page).toHaveURL(/\/en\/change-password$/);
  const chosen = "Quiet-Lantern-Orchard-77";
  await page.getByLabel("New password", { exact: true }).fill(chosen);
  await page.getByLabel("Repeat the new password").fill(chosen);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page).toHaveURL(/\/en\/dashboard$/);

  await staff.goto("/en/admin/audit?target=" + encodeURIComponent(newEmail));
  const log = staff.getByRole("table", { name: "Audit log" });
  await expect(log).toContainText("staff.user.temporary_password");
  await expect(log).toContainText("staff.user.email_changed");
  await expect(log).toContainText("Ticket 4711");
  await expect(log).not.toContainText(temporary);
});

test("support signs out one of a customer's browsers and removes their second factors", async ({
  page,
  browser,
}) => {
  const user = await createUser();
  await signIn(page, { identifier: user.email, password: user.password });
  await expectSignedIn(page, /Welcome/);

  const staff = await supportPage(browser);
  await openUserPage(staff, user);
  const browsers = staff.getByRole("list", { name: "Signed-in browsers" });
  await expect(browsers.getByRole("listitem")).toHaveCount(1);
  await expect(browsers).toContainText("Chrome");
  await browsers.getByRole("button", { name: /^Sign out Chrome/ }).click();
  let dialog = staff.getByRole("dialog", { name: "Sign out this browser" });
  await dialog.getByLabel("Reason").fill("Ticket 5150: unknown browser");
  await dialog.getByRole("button", { name: "Sign out browser" }).click();
  await expect(
    staff.getByRole("status").filter({ hasText: "The browser has been signed out." }),
  ).toBeVisible();
  await expect(staff.getByText("Not signed in anywhere.")).toBeVisible();
  await page.goto("/en/account");
  await expect(page).toHaveURL(/\/en\/login/);

  await staff.getByRole("button", { name: "Remove second factors" }).click();
  dialog = staff.getByRole("dialog", { name: "Remove all second factors" });
  await dialog.getByLabel("Reason").fill("Ticket 5151: phone lost, identity checked");
  await dialog.getByRole("button", { name: "Remove second factors" }).click();
  await expect(
    staff.getByRole("status").filter({ hasText: "The second factors have been removed." }),
  ).toBeVisible();
  await openEmail(staff, { to: user.email, subject: /Your second factors were removed/ });

  await staff.goto("/en/admin/audit?target=" + encodeURIComponent(user.email));
  const log = staff.getByRole("table", { name: "Audit log" });
  await expect(log).toContainText("staff.user.session_ended");
  await expect(log).toContainText("mfa.factors_removed_by_staff");
});

test("the console does not exist for customers and the signed-out", async ({ page }) => {
  for (const path of ["/en/admin", "/en/admin/users", "/de/admin/audit"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
  }
  const user = await createUser();
  await signIn(page, { identifier: user.email, password: user.password });
  await expectSignedIn(page, /Welcome/);
  await expect(page.getByRole("link", { name: "Staff console" })).toHaveCount(0);
  for (const path of ["/en/admin", "/en/admin/devices/import", "/es/admin/legacy"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).not.toContainText(/console|queue/i);
  }
  expect((await page.request.get("/en/admin/devices/export")).status()).toBe(404);
});
