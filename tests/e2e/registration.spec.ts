import { expect, test, type Page } from "@playwright/test";
import { linkInEmail, openEmail } from "./support/mailbox";
import { e2eDb } from "./support/db";
import { fillAccountAndPerson, LABELS, PASSWORD, register } from "./support/wizard";

const unique = (name: string) => `${name}-${Date.now()}-${Math.floor(Math.random() * 1e4)}`;

async function confirmationLink(page: Page, to: string, subject: RegExp, locale: string) {
  const mail = await openEmail(page, { to, subject, locale });
  return linkInEmail(mail, "verify-email");
}

test("de: a known serial with the owner's e-mail domain is active after confirming", async ({ page }) => {
  const email = `${unique("aktiv")}@northwind.example`;
  await register(page, "de", { email, firstName: "Jürgen", lastName: "Weiß", interests: ["Schutzprüfung"] });
  await expect(page.getByText(`Wir haben eine E-Mail an ${email} gesendet.`)).toBeVisible();

  const mail = await openEmail(page, {
    to: email,
    subject: /Bitte bestätigen Sie Ihre E-Mail-Adresse/,
    locale: "de",
  });
  await expect(mail.locator("pre")).toContainText(/gültig bis \d+\. \S+ \d{4} um \d\d:\d\d UTC/);
  await expect(mail.locator("pre")).toContainText("Ihr Benutzername: jweiss");
  await page.goto(await linkInEmail(mail, "verify-email"));

  await expect(page.getByRole("heading", { name: "Ihre E-Mail-Adresse ist bestätigt" })).toBeVisible();
  await expect(page.getByText("Ihr Konto ist aktiv. Sie können sich jetzt anmelden.")).toBeVisible();
  await expect(page.getByText(/Ihr Benutzername: jweiss\d*\./)).toBeVisible();
  await expect(page.getByRole("link", { name: "Anmelden" }).last()).toHaveAttribute("href", "/de/login");

  const { rows } = await e2eDb().query(
    `SELECT u.status, u."reviewReason", count(i.*)::int AS interests FROM "User" u
       LEFT JOIN "UserInterest" i ON i."userId" = u.id WHERE u.email = $1 GROUP BY u.id`,
    [email],
  );
  expect(rows).toEqual([{ status: "ACTIVE", reviewReason: null, interests: 1 }]);
  await openEmail(page, { to: email, subject: /Ihr Konto im Customer Portal ist aktiv/, locale: "de" });
});

test("es: an address from a public e-mail provider waits for review", async ({ page }) => {
  const email = `${unique("revision")}@gmail.com`;
  await register(page, "es", { email, firstName: "Lucía", lastName: "Núñez", country: "ES" });
  await page.goto(await confirmationLink(page, email, /Confirme su dirección de correo electrónico/, "es"));

  await expect(
    page.getByRole("heading", { name: "Su dirección de correo electrónico está confirmada" }),
  ).toBeVisible();
  await expect(page.getByText(/nuestro equipo lo verificará manualmente/)).toBeVisible();
  await expect(page.getByText(/proveedor de correo público/)).toBeVisible();
  await expect(page.getByRole("link", { name: "Ayuda: Mi registro no ha sido aprobado" })).toBeVisible();
  await expect(page.getByText(/Su nombre de usuario: lnunez/)).toBeVisible();
  await openEmail(page, { to: email, subject: /Estamos verificando su registro/, locale: "es" });
  const { rows } = await e2eDb().query(`SELECT status, "reviewReason" FROM "User" WHERE email = $1`, [email]);
  expect(rows).toEqual([{ status: "PENDING_REVIEW", reviewReason: "free_mail_provider" }]);
});

test("a reload in the middle of the wizard keeps the input, but not the password", async ({ page }) => {
  const l = LABELS.de;
  const email = `${unique("reload")}@northwind.example`;
  await page.goto("/de/register");
  await fillAccountAndPerson(page, "de", { email, firstName: "Rita", lastName: "Reload" });
  await page.getByLabel(l.serial, { exact: true }).fill("nw 101-b");
  await expect(page.getByText("Seriennummer NW101B: TA 50 Transformer Analyzer")).toBeVisible();

  await page.reload();
  await expect(page.getByRole("heading", { name: "Ihr Gerät" })).toBeVisible();
  await expect(page.getByText("Schritt 3 von 5")).toBeVisible();
  await expect(page.getByLabel(l.serial, { exact: true })).toHaveValue("nw 101-b");
  await expect(page.getByText(/Aus Sicherheitsgründen speichern wir keine Passwörter/)).toBeVisible();

  await page.getByRole("button", { name: l.back }).click();
  await expect(page.getByLabel(l.firstName, { exact: true })).toHaveValue("Rita");
  await expect(page.getByLabel(l.country, { exact: true })).toHaveValue("DE");
  await page.getByRole("button", { name: l.back }).click();
  await expect(page.getByLabel(l.email, { exact: true })).toHaveValue(email);
  await expect(page.getByLabel(l.password, { exact: true })).toHaveValue("");
  expect(await page.evaluate(() => JSON.stringify(sessionStorage))).not.toContain(PASSWORD);
});

test("serial numbers: wrong format, unknown and valid are told apart as the user types", async ({ page }) => {
  const l = LABELS.de;
  await page.goto("/de/register");
  await fillAccountAndPerson(page, "de", { email: `${unique("serial")}@northwind.example` });
  const serial = page.getByLabel(l.serial, { exact: true });
  const status = page.locator("#serial-status");

  await serial.fill("AB12C3");
  await expect(status).toHaveText(/Erwartet werden 2 Buchstaben, 3 Ziffern und 1 Buchstabe, z\. B\. AB123Z/);

  await serial.fill("zz-999 z");
  await expect(status).toContainText("Die Seriennummer ZZ999Z kennen wir nicht.");
  await expect(status.getByRole("link", { name: "support@example.com" })).toHaveAttribute(
    "href",
    "mailto:support@example.com",
  );
  await expect(
    status.getByRole("link", { name: /Hilfe: Was ist meine „Produktseriennummer“/ }),
  ).toHaveAttribute("href", "/de/help/product-serial-number");
  await page.getByRole("button", { name: l.next }).click();
  await expect(page.getByText("Diese Seriennummer kennen wir nicht.")).toBeVisible();
  await expect(serial).toBeFocused();
  await expect(page.getByRole("heading", { name: "Ihr Gerät" })).toBeVisible();

  await serial.fill("cg200a");
  await expect(status).toHaveText("✓ Seriennummer CG200A: RT 200 Relay Tester");
  const response = await page.request.get("/api/serials/CG200A");
  expect(await response.json()).toEqual({
    state: "valid",
    serial: "CG200A",
    productName: "RT 200 Relay Tester",
  });
  await page.getByRole("button", { name: l.next }).click();
  await expect(page.getByRole("heading", { name: "Produkte und Themen" })).toBeVisible();
});

test("a taken address gets the same page as a new one; only its owner is told", async ({ page }) => {
  await register(page, "de", { email: `${unique("neu")}@northwind.example` });
  const fresh = await page.getByRole("main").innerText();

  await register(page, "de", { email: "Customer@Northwind.example" });
  const taken = await page.getByRole("main").innerText();
  const withoutAddress = (text: string) => text.replace(/E-Mail an \S+ gesendet/, "E-Mail an … gesendet");
  expect(withoutAddress(taken)).toBe(withoutAddress(fresh));

  // The owner's e-mail is in the owner's language (English), with the way to a new password.
  const mail = await openEmail(page, {
    to: "customer@northwind.example",
    subject: /Registration attempt with your e-mail address/,
  });
  await expect(mail.locator("pre")).toContainText("Your username: customer");
  expect(await linkInEmail(mail, "forgot-password")).toMatch(/\/en\/forgot-password$/);
  const { rows } = await e2eDb().query(`SELECT count(*)::int AS n FROM "User" WHERE email = $1`, [
    "customer@northwind.example",
  ]);
  expect(rows[0].n).toBe(1);
});

test("verify-email: used, expired (with resend) and broken links", async ({ page }) => {
  const email = `${unique("links")}@contoso-grid.example`;
  await register(page, "de", { email, serial: "CG201B", company: "Contoso Grid" });
  const first = await confirmationLink(page, email, /Bitte bestätigen Sie Ihre E-Mail-Adresse/, "de");

  // Expired: the link's 14 days are over.
  await e2eDb().query(
    `UPDATE "OneTimeToken" SET "expiresAt" = now() - interval '1 minute'
      WHERE "userId" = (SELECT id FROM "User" WHERE email = $1)`,
    [email],
  );
  await page.goto(first);
  await expect(page.getByRole("heading", { name: "Dieser Link ist abgelaufen" })).toBeVisible();
  await page.getByLabel("E-Mail-Adresse", { exact: true }).fill(email);
  await page.getByRole("button", { name: "Neuen Link senden" }).click();
  await expect(page.getByText(/haben wir einen neuen Link gesendet/)).toBeVisible();

  let second = first;
  await expect(async () => {
    second = await confirmationLink(page, email, /Bitte bestätigen Sie Ihre E-Mail-Adresse/, "de");
    expect(second).not.toBe(first);
  }).toPass({ timeout: 20_000 });
  await page.goto(second);
  await expect(page.getByRole("heading", { name: "Ihre E-Mail-Adresse ist bestätigt" })).toBeVisible();
  await expect(page.getByText("Ihr Konto ist aktiv. Sie können sich jetzt anmelden.")).toBeVisible();

  // Used: opening it again says so, with the account's state.
  await page.goto(second);
  await expect(
    page.getByRole("heading", { name: "Ihre E-Mail-Adresse ist bereits bestätigt" }),
  ).toBeVisible();
  await expect(page.getByText("Ihr Konto ist aktiv. Sie können sich jetzt anmelden.")).toBeVisible();

  // Broken: a cut-off link.
  const response = await page.goto(second.slice(0, -5));
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { name: "Dieser Link funktioniert nicht" })).toBeVisible();
  await expect(page.getByRole("link", { name: "support@example.com" }).first()).toBeVisible();
  await expect(
    page.getByRole("link", { name: "Hilfe: Der Link in meiner Bestätigungs-E-Mail funktioniert nicht" }),
  ).toHaveAttribute("href", "/de/help/confirmation-link-broken");
});

test("the check-inbox page sends a new link to the address just registered", async ({ page }) => {
  const email = `${unique("erneut")}@northwind.example`;
  await register(page, "es", { email });
  await expect(page.getByLabel("Dirección de correo electrónico", { exact: true })).toHaveValue(email);
  await page.getByRole("button", { name: "Enviar nuevo enlace" }).click();
  await expect(page.getByText(/le hemos enviado un nuevo enlace/)).toBeVisible();
  await expect
    .poll(async () => {
      const { rows } = await e2eDb().query(
        `SELECT count(*)::int AS n FROM "EmailOutbox" WHERE "to" = $1 AND template = 'registration.confirm'`,
        [email],
      );
      return rows[0].n;
    })
    .toBe(2);
});

test("the wizard can be completed with the keyboard alone", async ({ page }) => {
  await page.goto("/de/register");
  const email = page.getByLabel(LABELS.de.email, { exact: true });
  await email.focus();
  await page.keyboard.type(`${unique("tastatur")}@northwind.example`);
  await page.keyboard.press("Tab");
  await page.keyboard.type(PASSWORD);
  await page.keyboard.press("Tab");
  await page.keyboard.type("not the same password");
  await page.keyboard.press("Enter");
  await expect(page.getByText("Die Passwörter stimmen nicht überein.")).toBeVisible();
  await expect(page.getByLabel(LABELS.de.passwordConfirm, { exact: true })).toBeFocused();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type(PASSWORD);
  await page.keyboard.press("Enter");
  // The next step's heading takes the focus, so screen readers announce where the user is.
  await expect(page.getByRole("heading", { name: "Angaben zu Ihnen und Ihrer Firma" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByLabel(LABELS.de.salutation, { exact: true })).toBeFocused();
});
