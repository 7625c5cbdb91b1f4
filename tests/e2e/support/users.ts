import { randomUUID } from "node:crypto";
import { expect, type Page } from "@playwright/test";
import { hashPassword } from "../../../lib/auth/password";
import { e2eDb } from "./db";

type Status = "PENDING_EMAIL" | "PENDING_REVIEW" | "ACTIVE" | "REJECTED" | "DISABLED";
type NewUser = {
  status?: Status;
  role?: "CUSTOMER" | "SUPPORT" | "ADMIN";
  mustChangePassword?: boolean;
  locale?: string;
  password?: string;
};

let n = 0;

/** A fresh account straight in the database (the registration flow is tested elsewhere). */
export async function createUser({
  status = "ACTIVE",
  role = "CUSTOMER",
  mustChangePassword = false,
  locale = "en",
  password = "Blue-Turbine-Harbour-42",
}: NewUser = {}) {
  const tag = `${Date.now().toString(36)}${process.pid.toString(36)}${(n++).toString(36)}`;
  const user = {
    id: randomUUID(),
    email: `e2e-${tag}@northwind.example`,
    username: `e2e${tag}`,
    firstName: "Alex",
    lastName: `Tester${tag.slice(-4)}`,
    password,
  };
  await e2eDb().query(
    `INSERT INTO "User" (id, email, username, "passwordHash", status, "mustChangePassword", locale,
       "firstName", "lastName", company, country, role, "updatedAt")
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'Northwind Energy', 'DE', $10, now())`,
    [
      user.id,
      user.email,
      user.username,
      await hashPassword(password),
      status,
      mustChangePassword,
      locale,
      user.firstName,
      user.lastName,
      role,
    ],
  );
  return user;
}

const LABELS = {
  en: {
    identifier: "Username or e-mail address",
    password: "Password",
    remember: "Remember me",
    submit: "Sign in",
  },
  de: {
    identifier: "Benutzername oder E-Mail-Adresse",
    password: "Passwort",
    remember: "Login merken",
    submit: "Anmelden",
  },
  es: {
    identifier: "Nombre de usuario o correo electrónico",
    password: "Contraseña",
    remember: "Recordar mi cuenta",
    submit: "Iniciar sesión",
  },
} as const;

type SignIn = {
  identifier: string;
  password: string;
  remember?: boolean;
  locale?: keyof typeof LABELS;
  path?: string;
};

/** Fills in the sign-in form like a person would. */
export async function signIn(
  page: Page,
  { identifier, password, remember = false, locale = "en", path }: SignIn,
) {
  const l = LABELS[locale];
  await page.goto(path ?? `/${locale}/login`);
  await page.getByLabel(l.identifier).fill(identifier);
  await page.getByLabel(l.password, { exact: true }).fill(password);
  if (remember) await page.getByLabel(l.remember).check();
  await page.getByRole("button", { name: l.submit, exact: true }).click();
}

export async function expectSignedIn(page: Page, name: RegExp) {
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
}

/** The server's clock for expiry rules (APP_ENV=test only). */
export async function setServerClock(page: Page, offsetMs: number) {
  const res = await page.request.post("/api/test/clock", { data: { offsetMs } });
  expect(res.ok()).toBe(true);
}
