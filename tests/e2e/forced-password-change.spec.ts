import { expect, test } from "@playwright/test";
import { createUser, expectSignedIn, signIn } from "./support/users";

test("a user with a temporary password can do nothing but choose a new one", async ({ page, browser }) => {
  const user = await createUser({ mustChangePassword: true, password: "Temporary-Pass-2026" });
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signIn(otherPage, { identifier: user.email, password: user.password });
  await expect(otherPage).toHaveURL(/\/en\/change-password$/);

  await signIn(page, { identifier: user.username, password: user.password, locale: "es" });
  await expect(page).toHaveURL(/\/es\/change-password$/);
  await expect(page.getByRole("heading", { name: "Elija su propia contraseña" })).toBeVisible();
  for (const path of ["/es/dashboard", "/es/account"]) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/es\/change-password$/);
  }

  // The temporary password itself is not accepted as the new one.
  await page.getByLabel("Nueva contraseña", { exact: true }).fill(user.password);
  await page.getByLabel("Repita la nueva contraseña").fill(user.password);
  await page.getByRole("button", { name: "Cambiar la contraseña" }).click();
  await expect(page.getByText("Elija una contraseña distinta de la actual.")).toBeVisible();

  const newPassword = "Harbour-Violet-Compass-19";
  await page.getByLabel("Nueva contraseña", { exact: true }).fill(newPassword);
  await page.getByLabel("Repita la nueva contraseña").fill(newPassword);
  await page.getByRole("button", { name: "Cambiar la contraseña" }).click();
  await expect(page).toHaveURL(/\/es\/dashboard$/);
  await expectSignedIn(page, /Bienvenido/);
  await page.goto("/es/account");
  await expect(page.getByRole("heading", { name: "Su cuenta" })).toBeVisible();
  await page.goto("/es/change-password");
  await expect(page).toHaveURL(/\/es\/account$/);

  // The other browser, signed in with the temporary password, is signed out.
  await otherPage.goto("/en/change-password");
  await expect(otherPage).toHaveURL(/\/en\/login/);
  await other.close();
});
