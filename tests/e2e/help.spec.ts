import { expect, test, type Page } from "@playwright/test";
import { FAQ_SLUGS } from "../../lib/help/faq-slugs";

const jsonLd = async (page: Page) =>
  JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}");

test.describe("help centre", () => {
  test("search as you type finds “contraseña” from “contrasena” and highlights it", async ({ page }) => {
    await page.goto("/es/help");
    const search = page.getByRole("searchbox", { name: "Buscar en la ayuda" });
    await search.fill("contrasena");

    const result = page.getByRole("listitem").filter({ hasText: "He olvidado mi contraseña" });
    await expect(result.getByRole("heading", { name: "2.1 He olvidado mi contraseña" })).toBeVisible();
    await expect(result.locator("mark").first()).toHaveText("contraseña");
    await expect(page.getByRole("status").filter({ hasText: /^\d+ respuestas$/ })).toBeVisible();
    // Only matching entries: the full FAQ is hidden while searching.
    await expect(page.getByRole("heading", { name: "1. Registro" })).toBeHidden();
    await expect(page.getByRole("heading", { name: /Por qué tengo que registrarme/ })).toBeHidden();
    await expect(page).toHaveURL(/\?q=contrasena$/);

    await search.fill("ZZZ inexistente");
    await expect(page.getByText("Ninguna respuesta coincide con «ZZZ inexistente».")).toBeVisible();
    await expect(page.getByRole("link", { name: "support@example.com" }).first()).toHaveAttribute(
      "href",
      "mailto:support@example.com",
    );
    await expect(page.getByRole("status").filter({ hasText: "0 respuestas" })).toBeVisible();

    await search.fill("");
    await expect(page.getByRole("heading", { name: "1. Registro" })).toBeVisible();
  });

  test("without JavaScript the FAQ is readable and the search works through the server", async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/de/help");
    await expect(page.getByRole("article")).toHaveCount(FAQ_SLUGS.length);
    await expect(
      page.getByRole("article", { name: "1.4 Was ist meine „Produktseriennummer“?" }),
    ).toContainText("Typenschild");

    await page.getByRole("searchbox", { name: "Hilfe durchsuchen" }).fill("TYPENSCHILD");
    await page.getByRole("button", { name: "Suchen" }).click();
    await expect(page).toHaveURL(/\/de\/help\?q=TYPENSCHILD$/);
    await expect(page.getByRole("status")).toHaveText("1 Antwort");
    await expect(
      page.getByRole("heading", { name: "1.4 Was ist meine „Produktseriennummer“?" }),
    ).toBeVisible();
    await expect(page.getByRole("heading", { name: "1. Registrierung" })).toBeHidden();
    await context.close();
  });

  test("a contextual link on the not-found page opens the right entry", async ({ page }) => {
    const response = await page.goto("/en/verify-email/expired-or-mistyped");
    expect(response?.status()).toBe(404);
    await page.getByRole("link", { name: "Help: The link in my confirmation e-mail doesn’t work" }).click();

    await expect(page).toHaveURL(/\/en\/help\/confirmation-link-broken$/);
    await expect(
      page.getByRole("heading", { level: 1, name: "The link in my confirmation e-mail doesn’t work" }),
    ).toBeVisible();
    await expect(
      page.getByRole("article").getByRole("link", { name: "support@example.com" }),
    ).toHaveAttribute("href", "mailto:support@example.com");
  });

  test("a deep link to an anchor scrolls to that entry", async ({ page }) => {
    await page.goto("/de/help#stay-signed-in");
    await expect(
      page.getByRole("article", { name: "2.7 Wie kann ich eingeloggt bleiben?" }),
    ).toBeInViewport();
    await expect(page.getByRole("heading", { level: 1, name: "Hilfe & FAQ" })).not.toBeInViewport();

    // The table of contents uses the same anchors.
    await page
      .getByRole("navigation", { name: "Inhalt" })
      .getByRole("link", { name: /Produktseriennummer/ })
      .click();
    await expect(page).toHaveURL(/#product-serial-number$/);
    await expect(page.getByRole("article", { name: /1\.4 Was ist meine/ })).toBeInViewport();
  });

  test("switching language keeps the typed search and the entry jumped to", async ({ page }) => {
    await page.goto("/de/help#stay-signed-in");
    await page.getByRole("link", { name: "English" }).click();
    await expect(page).toHaveURL(/\/en\/help#stay-signed-in$/);
    await expect(page.getByRole("article", { name: "2.7 How can I stay signed in?" })).toBeInViewport();

    await page.getByRole("searchbox", { name: "Search the help" }).fill("nameplate");
    await expect(page).toHaveURL(/\/en\/help\?q=nameplate#stay-signed-in$/);
    await page.getByRole("link", { name: "Español" }).click();
    await expect(page).toHaveURL(/\/es\/help\?q=nameplate#stay-signed-in$/);
    await expect(page.getByRole("searchbox", { name: "Buscar en la ayuda" })).toHaveValue("nameplate");
  });

  test("an entry page links into the product and copies its own link", async ({ page, context, baseURL }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto("/en/help/forgot-password");
    const answer = page.getByRole("article");
    await expect(answer.getByRole("link", { name: "“Forgot password?”" })).toHaveAttribute(
      "href",
      "/en/forgot-password",
    );
    await expect(answer.getByRole("link", { name: "sign-in page" })).toHaveAttribute("href", "/en/login");

    await page.getByRole("button", { name: "Copy link to this answer" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Link copied" })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${baseURL}/en/help/forgot-password`,
    );

    // Same slug in every language.
    await page.getByRole("link", { name: "Español" }).click();
    await expect(page).toHaveURL(/\/es\/help\/forgot-password$/);
    await expect(page.getByRole("heading", { level: 1, name: "He olvidado mi contraseña" })).toBeVisible();
  });

  test("help pages carry per-language metadata, hreflang alternates and FAQPage data", async ({
    page,
    baseURL,
  }) => {
    await page.goto("/de/help");
    await expect(page).toHaveTitle("Hilfe & FAQ · Customer Portal");
    await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /Produktseriennummer/);
    for (const [lang, href] of [
      ["en", "/en/help"],
      ["es", "/es/help"],
      ["x-default", "/help"],
    ]) {
      await expect(page.locator(`link[rel="alternate"][hreflang="${lang}"]`)).toHaveAttribute(
        "href",
        `${baseURL}${href}`,
      );
    }
    const faq = await jsonLd(page);
    expect(faq["@type"]).toBe("FAQPage");
    expect(faq.mainEntity).toHaveLength(FAQ_SLUGS.length);
    expect(faq.mainEntity[15].name).toBe("Wie kann ich eingeloggt bleiben?");
    expect(faq.mainEntity[5].acceptedAnswer.text).toContain("support@example.com");

    await page.goto("/es/help/product-serial-number");
    await expect(page).toHaveTitle('¿Cuál es mi "número de serie"? · Ayuda · Customer Portal');
    await expect(page.locator('link[rel="alternate"][hreflang="de"]')).toHaveAttribute(
      "href",
      `${baseURL}/de/help/product-serial-number`,
    );
    const entry = await jsonLd(page);
    expect(entry.mainEntity).toHaveLength(1);
    expect(entry.mainEntity[0].acceptedAnswer.text).toContain("AB123Z");
  });

  test("printing shows the whole FAQ without header, footer or search", async ({ page }) => {
    await page.goto("/en/help?q=password");
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("banner")).toBeHidden();
    await expect(page.getByRole("contentinfo")).toBeHidden();
    await expect(page.getByRole("searchbox")).toBeHidden();
    await expect(page.getByRole("heading", { name: "1.1 Why do I need to register?" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Copy link to this answer" }).first()).toBeHidden();
  });
});
