import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  resolve: {
    alias: {
      "@/": root,
      // Next.js resolves "server-only" to an empty module on the server; so do the tests.
      "server-only": `${root}tests/support/empty-module.ts`,
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.{ts,tsx}"],
          setupFiles: ["tests/support/unit-env.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.{ts,tsx}"],
          globalSetup: ["tests/support/integration-database.ts"],
          // One database for the run: files take turns so one file's worker never claims another's e-mail.
          fileParallelism: false,
          setupFiles: ["tests/support/integration-env.ts"],
          // next-auth imports "next/server" without an extension, which only bundlers resolve.
          server: { deps: { inline: ["next-auth"] } },
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          // Production servers (the standalone build) started as processes: several instances on
          // one database, signals, logs, metrics. One build per run, files one at a time.
          name: "ops",
          include: ["tests/ops/**/*.test.ts"],
          globalSetup: ["tests/support/integration-database.ts", "tests/support/standalone-build.ts"],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
