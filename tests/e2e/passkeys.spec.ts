import { expect, test, type Page } from "@playwright/test";
import { e2eDb } from "./support/db";
import { createUser, signIn } from "./support/users";

// Chromium's virtual authenticator (CDP WebAuthn domain): a platform authenticator with
// resident keys and user verification, as a phone or laptop with a fingerprint reader would be.
async function virtualAuthenticator(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("WebAuthn.enable");
  const { authenticatorId } = await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: {
      protocol: "ctap2",
      transport: "internal",
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
  return { cdp, authenticatorId };
}

const L = {
  en: {
    dashboard: /\/en\/dashboard$/,
    name: "Name for this passkey",
    add: "Add a passkey",
    saved: "I have saved my codes – continue",
    list: "Your passkeys",
    neverUsed: "Not used yet",
    lastUsed: "Last used on",
    signOut: "Sign out",
    signIn: "Sign in with a passkey",
    codes: "Your recovery codes",
  },
  de: {
    dashboard: /\/de\/dashboard$/,
    name: "Name für diesen Passkey",
    add: "Passkey hinzufügen",
    saved: "Ich habe meine Codes gespeichert – weiter",
    list: "Ihre Passkeys",
    neverUsed: "Noch nicht verwendet",
    lastUsed: "Zuletzt verwendet am",
    signOut: "Abmelden",
    signIn: "Mit Passkey anmelden",
    codes: "Ihre Wiederherstellungscodes",
  },
} as const;

for (const locale of ["en", "de"] as const) {
  test(`passkey (${locale}): add on the account page, sign out, sign in with it`, async ({ page }) => {
    const l = L[locale];
    const { cdp, authenticatorId } = await virtualAuthenticator(page);
    const user = await createUser({ locale });
    await signIn(page, { identifier: user.email, password: user.password, locale });
    await expect(page).toHaveURL(l.dashboard);

    await page.goto(`/${locale}/account#security`);
    await page.getByLabel(l.name).fill("Work laptop");
    await page.getByRole("button", { name: l.add }).click();
    // The first second factor brings the recovery codes.
    await expect(page.getByRole("list", { name: l.codes }).getByRole("listitem")).toHaveCount(10);
    await page.getByRole("link", { name: l.saved }).click();
    const passkeys = page.getByRole("list", { name: l.list });
    await expect(passkeys.getByRole("listitem")).toHaveCount(1);
    await expect(passkeys.getByText("Work laptop", { exact: true })).toBeVisible();
    await expect(passkeys.getByText(l.neverUsed)).toBeVisible();
    const { credentials } = await cdp.send("WebAuthn.getCredentials", { authenticatorId });
    expect(credentials).toHaveLength(1);
    expect(credentials[0]!.rpId).toBe("localhost");

    // The login page also offers passkeys through autofill (conditional mediation), which a
    // virtual authenticator answers by itself at any moment: without it, the button is the way.
    await page.addInitScript(() => {
      PublicKeyCredential.isConditionalMediationAvailable = async () => false;
    });
    await page.getByRole("button", { name: l.signOut, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/login`));
    await page.getByRole("button", { name: l.signIn }).click();
    await expect(page).toHaveURL(l.dashboard);

    const { rows } = await e2eDb().query(
      `SELECT s.mfa, p.counter, p."lastUsedAt" FROM "SignInSession" s JOIN "Passkey" p ON p."userId" = s."userId"
       WHERE s."userId" = $1 AND s."revokedAt" IS NULL`,
      [user.id],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].mfa).toBe(true);
    expect(rows[0].lastUsedAt).not.toBeNull();
    await page.goto(`/${locale}/account#security`);
    await expect(passkeys.getByText(l.lastUsed)).toBeVisible();
  });
}
