import { inject } from "vitest";
import { TEST_ENV } from "./test-env";

// Quiet logs unless asked for (LOG_LEVEL=debug npx vitest run --project integration …).
Object.assign(process.env, TEST_ENV, {
  DATABASE_URL: inject("databaseUrl"),
  LOG_LEVEL: process.env.LOG_LEVEL ?? "silent",
});
