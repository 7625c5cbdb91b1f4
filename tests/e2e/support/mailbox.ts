import { expect, type Page } from "@playwright/test";

/**
 * Opens the development mailbox and returns the newest e-mail to `to` whose subject matches,
 * waiting for the outbox worker to deliver it.
 */
export async function openEmail(
  page: Page,
  { to, subject, locale = "en" }: { to: string; subject: RegExp; locale?: string },
) {
  const mail = page.getByRole("article", { name: subject }).filter({ hasText: to }).first();
  await expect(async () => {
    await page.goto(`/${locale}/dev/mail`);
    await expect(mail).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  return mail;
}

/** The first link in the text part of an e-mail whose URL contains `pathPart`. */
export async function linkInEmail(mail: ReturnType<Page["getByRole"]>, pathPart: string) {
  // textContent, not innerText: only the newest e-mail is expanded, and under parallel tests the
  // one we want is often an older, collapsed one.
  const text = (await mail.locator("pre").textContent()) ?? "";
  const url = text.match(new RegExp(`https?://\\S*${pathPart}\\S*`))?.[0];
  if (!url) throw new Error(`no link containing ${pathPart} in: ${text}`);
  return url.replace(/[)\].,]+$/, "");
}
