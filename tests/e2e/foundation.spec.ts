import { expect, test } from "@playwright/test";
import { openEmail } from "./support/mailbox";

test.describe("languages", () => {
  test("the root picks the language from Accept-Language", async ({ browser }) => {
    const context = await browser.newContext({
      locale: "de-DE",
      extraHTTPHeaders: { "Accept-Language": "de-DE,de;q=0.9" },
    });
    const page = await context.newPage();
    await page.goto("/");
    await expect(page).toHaveURL(/\/de$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Alles für Ihre");
    await context.close();
  });

  test("home renders in Spanish and German", async ({ page }) => {
    await page.goto("/es");
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    await expect(page.getByRole("link", { name: "Registrarse ahora" })).toBeVisible();
    await page.goto("/de");
    await expect(page.getByRole("heading", { name: "So funktioniert die Registrierung" })).toBeVisible();
  });

  test("switching language keeps the page", async ({ page }) => {
    await page.goto("/es/dev/mail");
    await expect(page.getByRole("heading", { name: "Buzón de desarrollo" })).toBeVisible();
    await page.getByRole("link", { name: "Deutsch" }).click();
    await expect(page).toHaveURL(/\/de\/dev\/mail$/);
    await expect(page.getByRole("heading", { name: "Entwicklungs-Postfach" })).toBeVisible();
  });

  test("no script stops the page between its header and its content", async ({ request }) => {
    // A script the parser must run where it stands makes the browser paint what it has so far: a
    // header alone, a frame before the page itself. Data blocks (type="application/json"), async
    // or deferred scripts and the legacy bundle modern browsers skip (nomodule) do not.
    for (const path of ["/en/login", "/de/register", "/es/help"]) {
      const html = await (await request.get(path)).text();
      const beforeContentEnds = html.slice(0, html.indexOf("</main>"));
      expect(html.indexOf("</main>"), path).toBeGreaterThan(0);
      const scripts = beforeContentEnds.match(/<script\b[^>]*>/g) ?? [];
      expect(
        scripts.filter(
          (tag) => !/type="application\/(ld\+)?json"/.test(tag) && !/\b(async|defer|nomodule)\b/i.test(tag),
        ),
        path,
      ).toEqual([]);
    }
  });

  test("an outdated browser gets a notice in the page's language", async ({ browser }) => {
    const context = await browser.newContext({
      userAgent:
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/90.0.4430.93 Safari/537.36",
    });
    const page = await context.newPage();
    await page.goto("/es");
    await expect(page.getByRole("note", { name: "Su navegador está desactualizado" })).toContainText(
      "Está utilizando una versión de navegador desactualizada",
    );
    await context.close();
  });

  test("unknown pages answer 404 in the visitor's language", async ({ page }) => {
    const response = await page.goto("/de/does-not-exist");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Seite nicht gefunden" })).toBeVisible();
  });
});

test("a test e-mail goes through the outbox into the development mailbox", async ({ page }) => {
  const to = `outbox-${Date.now()}@example.com`;
  await page.goto("/en/dev/mail");
  // An address the browser lets through but the portal does not: the error, and the address kept.
  await page.getByLabel("Address", { exact: true }).fill("jane@example");
  await page.getByRole("button", { name: "Send a test e-mail" }).click();
  await expect(page.getByRole("status")).toContainText("Please enter a valid e-mail address");
  await expect(page.getByLabel("Address", { exact: true })).toHaveValue("jane@example");
  await page.getByLabel("Address", { exact: true }).fill(to);
  await page.getByRole("button", { name: "Send a test e-mail" }).click();
  await expect(page.getByRole("status")).toContainText(to);
  const mail = await openEmail(page, { to, subject: /Test e-mail from the Customer Portal/ });
  await expect(mail.locator("pre")).toContainText("e-mail delivery works");
  // The HTML part as a mail program shows it: its inline styles apply (the preview line is hidden).
  const html = mail.frameLocator("iframe");
  await expect(html.getByRole("link", { name: "Open the portal" })).toBeVisible();
  await expect(html.getByText("E-mail delivery works.", { exact: true })).toBeHidden();
});
