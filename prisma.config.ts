import path from "node:path";
import { defineConfig } from "prisma/config";
import { MigrationSafePrismaPg } from "./prisma/migrate-adapter";
import { localDatabaseUrl } from "./scripts/local-database-url";

// The CLI does not read .env when this file exists; the embedded database's URL is the default so
// `npm run db:migrate` works with no configuration.
process.env.DATABASE_URL ??= localDatabaseUrl();

export default defineConfig({
  engine: "js",
  experimental: { adapter: true },
  adapter: async () => new MigrationSafePrismaPg(process.env.DATABASE_URL!),
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations"), seed: "tsx prisma/seed.ts" },
});
