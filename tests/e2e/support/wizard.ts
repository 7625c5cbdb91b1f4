import { expect, type Page } from "@playwright/test";

// The wizard's labels in the languages the registration tests use.
export const LABELS = {
  de: {
    email: "Firmen-E-Mail-Adresse",
    password: "Passwort",
    passwordConfirm: "Passwort wiederholen",
    salutation: "Anrede",
    firstName: "Vorname",
    lastName: "Nachname",
    company: "Firma",
    country: "Land",
    serial: "Produktseriennummer",
    next: "Weiter",
    back: "Zurück",
    submit: "Registrierung absenden",
    terms: /Ich akzeptiere die Nutzungsbedingungen/,
    checkInbox: "Bitte prüfen Sie Ihr Postfach",
  },
  es: {
    email: "Email de la compañía",
    password: "Contraseña",
    passwordConfirm: "Repetir contraseña",
    salutation: "Tratamiento",
    firstName: "Nombre",
    lastName: "Apellidos",
    company: "Empresa",
    country: "País",
    serial: "Número de serie",
    next: "Siguiente",
    back: "Atrás",
    submit: "Enviar registro",
    terms: /Acepto las condiciones de uso/,
    checkInbox: "Revise su bandeja de entrada",
  },
} as const;

export type WizardLocale = keyof typeof LABELS;
export const PASSWORD = "violet tractor humming quietly";

export type Person = {
  email: string;
  firstName?: string;
  lastName?: string;
  company?: string;
  country?: string;
  serial?: string;
  interests?: string[];
};

const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });

/** Steps 1 and 2 of the wizard. */
export async function fillAccountAndPerson(page: Page, locale: WizardLocale, p: Person) {
  const l = LABELS[locale];
  await field(page, l.email).fill(p.email);
  await field(page, l.password).fill(PASSWORD);
  await field(page, l.passwordConfirm).fill(PASSWORD);
  await page.getByRole("button", { name: l.next }).click();
  await field(page, l.salutation).selectOption("MS");
  await field(page, l.firstName).fill(p.firstName ?? "Jana");
  await field(page, l.lastName).fill(p.lastName ?? "Novak");
  await field(page, l.company).fill(p.company ?? "Northwind Energy");
  await field(page, l.country).selectOption(p.country ?? "DE");
  await page.getByRole("button", { name: l.next }).click();
}

/** The whole wizard, from an empty form to the check-inbox page. */
export async function register(page: Page, locale: WizardLocale, p: Person) {
  const l = LABELS[locale];
  await page.goto(`/${locale}/register`);
  await fillAccountAndPerson(page, locale, p);
  await field(page, l.serial).fill(p.serial ?? "NW100A");
  await page.getByRole("button", { name: l.next }).click();
  for (const interest of p.interests ?? []) await page.getByLabel(interest, { exact: true }).check();
  await page.getByRole("button", { name: l.next }).click();
  await page.getByLabel(l.terms).check();
  await page.getByRole("button", { name: l.submit }).click();
  await expect(page.getByRole("heading", { level: 1, name: l.checkInbox })).toBeVisible();
}
