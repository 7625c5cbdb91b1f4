// Vitest global setup for integration tests: a fresh embedded PostgreSQL for every run, with the
// committed migrations and the demo data applied.
import { chmod, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startEmbeddedDatabase } from "../../scripts/embedded-db";
import { migrateDeploy } from "../../scripts/run";
import { seed } from "../../prisma/seed";
import { freePort } from "./free-port";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const dir = await mkdtemp(path.join(tmpdir(), "portal-it-"));
  await chmod(dir, 0o755); // embedded PostgreSQL runs as its own user
  const database = await startEmbeddedDatabase({
    dir: path.join(dir, "pg"),
    port: await freePort(),
    persistent: false,
  });
  await migrateDeploy(database.url);
  await seed(database.url);
  project.provide("databaseUrl", database.url);
  return async () => {
    await database.stop();
    await rm(dir, { recursive: true, force: true });
  };
}
