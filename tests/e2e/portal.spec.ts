import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { linkInEmail, openEmail } from "./support/mailbox";
import { e2eDb } from "./support/db";
import { createUser, signIn } from "./support/users";
import { PASSWORD, register } from "./support/wizard";

const unique = (name: string) => `${name}-${Date.now()}-${Math.floor(Math.random() * 1e4)}`;
const region = (page: Page, name: string) => page.getByRole("region", { name, exact: true });

test("de: a legacy customer-area address registers, confirms, completes the prefilled profile and is active", async ({
  page,
}) => {
  test.slow(); // the whole wizard, two e-mails and the profile
  const email = `${unique("altkunde")}@old-area.example`;
  await e2eDb().query(
    `INSERT INTO "LegacyAccount" (id, email, "firstName", "lastName", company, country, serials, interests, "updatedAt")
     VALUES ($1, $2, 'Lena', 'Altmann', 'Old Grid AG', 'AT', ARRAY['NW101B'], ARRAY['cable-testing'], now())`,
    [randomUUID(), email],
  );
  // The wizard looks the same as for any address.
  await register(page, "de", { email, firstName: "Jana", lastName: "Novak", serial: "XX900Z" });

  const mail = await openEmail(page, {
    to: email,
    subject: /Bitte bestätigen Sie Ihre E-Mail-Adresse/,
    locale: "de",
  });
  await expect(mail.locator("pre")).toContainText(
    "Wir haben Ihren Account aus unserem bisherigen Kundenbereich gefunden",
  );
  await page.goto(await linkInEmail(mail, "verify-email"));
  await expect(page.getByText("Wir haben Ihren Kundenbereich-Account gefunden")).toBeVisible();
  await page.getByRole("link", { name: "Anmelden und Profil vervollständigen" }).click();
  await expect(page).toHaveURL(/\/de\/login\?callbackUrl=%2Fde%2Faccount%2Fcomplete-profile/);
  await signIn(page, { identifier: email, password: PASSWORD, locale: "de", path: page.url() });

  await expect(page.getByRole("heading", { level: 1, name: "Profil vervollständigen" })).toBeVisible();
  await expect(page.getByLabel("Vorname", { exact: true })).toHaveValue("Lena");
  await expect(page.getByLabel("Firma", { exact: true })).toHaveValue("Old Grid AG");
  await expect(page.getByLabel("Land", { exact: true })).toHaveValue("AT");
  await expect(page.getByLabel(/NW101B/)).toBeChecked();
  await expect(page.getByLabel("Kabelprüfung")).toBeChecked();
  await page.getByLabel("Firma", { exact: true }).fill("New Grid GmbH");
  await page.getByRole("button", { name: "Profil speichern" }).click();

  await expect(page.getByText("Vielen Dank: Ihr Profil ist vollständig")).toBeVisible();
  await expect(page).toHaveURL(/\/de\/dashboard/);
  await expect(page.getByRole("heading", { level: 1, name: "Willkommen, Lena Altmann!" })).toBeVisible();
  const { rows } = await e2eDb().query(
    `SELECT u.status, u.company, l."migratedAt" IS NOT NULL AS migrated, count(d.*)::int AS devices
       FROM "User" u JOIN "LegacyAccount" l ON l."userId" = u.id
       LEFT JOIN "UserDevice" d ON d."userId" = u.id WHERE u.email = $1 GROUP BY u.id, l.id`,
    [email],
  );
  expect(rows).toEqual([{ status: "ACTIVE", company: "New Grid GmbH", migrated: true, devices: 2 }]);
  // Completed once: the page is not offered again.
  await page.goto("/de/account/complete-profile");
  await expect(page).toHaveURL(/\/de\/dashboard/);
});

test("a customer edits the profile, adds a device, chooses interests and sees the dashboard change", async ({
  page,
}) => {
  const user = await createUser();
  await signIn(page, { identifier: user.username, password: user.password });
  await expect(page.getByRole("heading", { name: "Choose what interests you" })).toBeVisible();
  await page.getByRole("link", { name: "Choose products and topics" }).click();
  await expect(page).toHaveURL(/\/en\/account#interests/);

  const profile = region(page, "Profile");
  await profile.getByLabel("Company", { exact: true }).fill("Northwind Energy Iberia");
  await profile.getByLabel("Country", { exact: true }).selectOption("ES");
  await profile.getByRole("button", { name: "Save" }).click();
  await expect(profile.getByText("Saved.")).toBeVisible();

  const devices = region(page, "Devices");
  const serial = devices.getByLabel("Add a device: serial number");
  await serial.fill("QQ123Q");
  await devices.getByRole("button", { name: "Add device" }).click();
  await expect(devices.getByText("We do not know this serial number.")).toBeVisible();
  await serial.fill("nw 100-a");
  await devices.getByRole("button", { name: "Add device" }).click();
  await expect(devices.getByRole("listitem").filter({ hasText: "NW100A" })).toBeVisible();

  const interests = region(page, "Products and topics");
  await interests.getByLabel("Protection testing").check();
  await interests.getByLabel("Transformer testing").check();
  await interests.getByRole("button", { name: "Save" }).click();
  await expect(interests.getByText("Saved.")).toBeVisible();

  const { rows } = await e2eDb().query(`SELECT company, country FROM "User" WHERE id = $1`, [user.id]);
  expect(rows).toEqual([{ company: "Northwind Energy Iberia", country: "ES" }]);

  await page.goto("/en/dashboard");
  const events = region(page, "Upcoming events and trainings");
  // Spain first (the customer's country), then the rest by date.
  await expect(events.getByRole("heading", { level: 3 })).toHaveText([
    "Transformer diagnostics training",
    "Protection Testing Days",
  ]);
  await expect(
    region(page, "Software updates for your devices").getByText("RT 200 firmware 4.2"),
  ).toBeVisible();
  await page
    .getByRole("navigation", { name: "Filter by topic" })
    .getByRole("link", { name: "Protection testing", exact: true })
    .click();
  await expect(events.getByRole("heading", { level: 3 })).toHaveText(["Protection Testing Days"]);

  // Removing the device takes its software update off the dashboard.
  await page.goto("/en/account#devices");
  await page.getByRole("button", { name: "Remove device NW100A" }).click();
  await expect(page.getByText("The device was removed from your account.")).toBeVisible();
  await page.goto("/en/dashboard");
  await expect(
    region(page, "Software updates for your devices").getByText("RT 200 firmware 4.2"),
  ).toBeHidden();
});

test("an anonymous request for an exclusive download is sent to sign in and back", async ({ page }) => {
  const { rows } = await e2eDb().query<{ id: string }>(
    `SELECT c.id FROM "ContentItem" c JOIN "ContentTranslation" t ON t."contentId" = c.id
      WHERE c.kind = 'SOFTWARE_UPDATE' AND c.exclusive AND t.locale = 'en' AND t.title = 'RT 200 firmware 4.2'`,
  );
  const id = rows[0]!.id;
  const anonymous = await page.request.get(`/api/content/${id}/download?locale=en`, { maxRedirects: 0 });
  expect(anonymous.status()).toBe(303);
  expect(anonymous.headers().location).toMatch(/\/en\/login\?callbackUrl=%2Fen%2Fcontent%2F/);

  await page.goto(`/api/content/${id}/download?locale=en`);
  await expect(page).toHaveURL(/\/en\/login\?callbackUrl=/);
  const user = await createUser();
  await signIn(page, { identifier: user.email, password: user.password, path: page.url() });
  await expect(page.getByRole("heading", { level: 1, name: "RT 200 firmware 4.2" })).toBeVisible();
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download" }).click();
  expect((await download).suggestedFilename()).toBe(`software_update-${id}.txt`);
});
