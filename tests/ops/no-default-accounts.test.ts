import { spawnSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase, type TestDatabase } from "../support/ops-database";

// ASVS 6.3.2: production has no default accounts. Demo data stays in development; the first
// administrator comes from a one-off command that e-mails a link to set the password.

let database: TestDatabase;

beforeAll(async () => {
  database = await freshDatabase("accounts");
});
afterAll(() => database?.drop());

function command(args: string[], env: Record<string, string>) {
  const result = spawnSync("npm", ["run", "--silent", ...args], {
    encoding: "utf8",
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NODE_ENV: "production",
      DATABASE_URL: database.url,
      AUTH_SECRET: "production-secret-that-is-at-least-32-chars",
      TOTP_ENCRYPTION_KEY: "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
      APP_BASE_URL: "https://portal.example.com",
      APP_ENV: "production",
      ...env,
    },
  });
  return { code: result.status, out: `${result.stdout}${result.stderr}` };
}

describe("accounts in production", () => {
  it("npm run admin:create makes an administrator and queues the set-password e-mail", async () => {
    const { code, out } = command(
      ["admin:create", "--", "--email", "ops.lead@example.com", "--first", "Olga"],
      {
        RESEND_API_KEY: "re_production_key_123",
      },
    );
    expect(out).toContain('Administrator "ops.lead" created for o***@example.com.');
    expect(code).toBe(0);
    // The link goes by e-mail only: the command never prints it.
    expect(out).not.toMatch(/token=|https:\/\//);
    const { rows } = await database.pool.query(
      `SELECT u.role, u."passwordHash", o.template, o.status, o.text
         FROM "User" u JOIN "EmailOutbox" o ON o."to" = u.email WHERE u.email = 'ops.lead@example.com'`,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      role: "ADMIN",
      passwordHash: null,
      template: "admin-invite",
      status: "PENDING",
    });
    expect(rows[0].text).toContain("https://portal.example.com/en/set-password?token=");
  });

  it("admin:create refuses when e-mail cannot be sent, and db:seed refuses to load demo accounts", () => {
    const noMail = command(["admin:create", "--", "--email", "second@example.com"], {});
    expect(noMail.code).toBe(1);
    expect(noMail.out).toContain("RESEND_API_KEY is not set");

    const seed = command(["db:seed"], {});
    expect(seed.code).toBe(1);
    expect(seed.out).toContain("Refusing to load demo data with APP_ENV=production");
  });
});
