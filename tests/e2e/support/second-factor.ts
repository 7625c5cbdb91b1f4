import { expect, type Page } from "@playwright/test";
import { TOTP } from "otpauth";
import { e2eDb } from "./db";

/**
 * A code the server accepts now and has not seen: the current 30-second step, or the next one
 * (accepted too) when the current step was used already.
 */
export async function nextCode(userId: string, key: string) {
  const { rows } = await e2eDb().query(`SELECT "lastUsedStep" FROM "TotpFactor" WHERE "userId" = $1`, [
    userId,
  ]);
  const used = rows[0]?.lastUsedStep === null || rows[0] === undefined ? -1 : Number(rows[0].lastUsedStep);
  const step = Math.max(Math.floor(Date.now() / 30_000), used + 1);
  return new TOTP({ secret: key }).generate({ timestamp: step * 30_000 });
}

/** Sets up the authenticator from the account page; returns the key and the recovery codes. */
export async function enrol(page: Page, userId: string, { fromAccount = true } = {}) {
  if (fromAccount) {
    await page.goto("/en/account");
    await page.getByRole("link", { name: "Set up authenticator app" }).click();
  }
  await expect(page.getByRole("heading", { name: "Set up an authenticator app" })).toBeVisible();
  await expect(page.getByRole("img", { name: "QR code for your authenticator app" })).toBeVisible();
  const key = (await page.getByText(/^[A-Z2-7]{4}( [A-Z2-7]{1,4})+$/).textContent())!.replace(/\s/g, "");
  await page.getByLabel("6-digit code").fill("000000");
  await page.getByRole("button", { name: "Confirm and turn on" }).click();
  await expect(page.getByText(/This code is not correct/)).toBeVisible();
  await page.getByLabel("6-digit code").fill(await nextCode(userId, key));
  await page.getByRole("button", { name: "Confirm and turn on" }).click();
  await expect(page.getByText("Your authenticator app is set up")).toBeVisible();
  const codes = await page
    .getByRole("list", { name: "Your recovery codes" })
    .getByRole("listitem")
    .allTextContents();
  expect(codes).toHaveLength(10);
  await expect(page.getByRole("link", { name: "Download as text file" })).toHaveAttribute(
    "href",
    /^data:text\/plain/,
  );
  return { key, codes };
}

export async function secondStep(page: Page, code: string) {
  await expect(page).toHaveURL(/\/en\/login\/second-step/);
  await page.getByLabel("Code from the app or recovery code").fill(code);
  await page.getByRole("button", { name: "Continue" }).click();
}
