import { defineConfig } from "@playwright/test";
import { TEST_ENV } from "./tests/support/test-env";
import { localDatabaseUrl } from "./scripts/local-database-url";
import { CHROMIUM_LAUNCH } from "./tests/support/chromium";

// Ports are configurable so several runs can share a machine.
const PORT = Number(process.env.E2E_PORT ?? 3100);
const DB_PORT = Number(process.env.E2E_DB_PORT ?? PORT + 20000);
const DB_READY_PORT = PORT + 1;
const DIST = process.env.E2E_DIST_DIR ?? ".next-e2e";
export const E2E_DATABASE_URL = localDatabaseUrl("portal", DB_PORT);

const appEnv = {
  ...TEST_ENV,
  APP_BASE_URL: `http://localhost:${PORT}`,
  DATABASE_URL: E2E_DATABASE_URL,
  NEXT_DIST_DIR: DIST,
  OUTBOX_WORKER: "on",
  OUTBOX_POLL_MS: "250",
};
process.env.E2E_DATABASE_URL = E2E_DATABASE_URL;

const build = process.env.E2E_REUSE_BUILD ? "true" : "npx next build";

export default defineConfig({
  testDir: "tests/e2e",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: process.env.CI ? 2 : 2,
  forbidOnly: !!process.env.CI,
  // CI runs on a busy 2-core machine: a failed test gets one more try and is then reported as
  // flaky in the log (never silently green: both tries failing fails the run).
  retries: process.env.CI ? 1 : 0,
  reporter: [["list"]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: "retain-on-failure",
    launchOptions: CHROMIUM_LAUNCH,
  },
  projects: [
    { name: "chromium", use: { browserName: "chromium" }, testIgnore: /\.clock\.spec\.ts$/ },
    // Tests that move the server's clock (POST /api/test/clock) would disturb every test running
    // beside them: they run afterwards, one at a time.
    {
      name: "clock",
      use: { browserName: "chromium" },
      testMatch: /\.clock\.spec\.ts$/,
      dependencies: ["chromium"],
      workers: 1,
    },
  ],
  webServer: [
    {
      command: "npx tsx scripts/e2e-database.ts",
      url: `http://127.0.0.1:${DB_READY_PORT}/`,
      env: { E2E_DB_PORT: String(DB_PORT), E2E_DB_READY_PORT: String(DB_READY_PORT) },
      timeout: 120_000,
      reuseExistingServer: false,
      stdout: "pipe",
    },
    {
      // The standalone server, as in production (scripts/standalone.ts).
      command: `${build} && npx tsx scripts/standalone.ts`,
      url: `http://localhost:${PORT}/en`,
      env: { ...appEnv, PORT: String(PORT) },
      timeout: 300_000,
      reuseExistingServer: false,
    },
  ],
});
