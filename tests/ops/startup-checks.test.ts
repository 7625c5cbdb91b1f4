import { afterEach, describe, expect, it } from "vitest";
import { startApp, type AppInstance } from "../support/app-instances";
import { freshDatabase, type TestDatabase } from "../support/ops-database";

// A production instance compares the database with the migrations it ships and refuses to serve
// (one log line, exit 1) when one is missing or unfinished; it never migrates by itself.

const LATEST = "20261123091000_rate_limits";

let database: TestDatabase | undefined;
let app: AppInstance | undefined;

afterEach(async () => {
  await app?.stop("SIGKILL");
  await database?.drop();
  app = database = undefined;
});

async function productionStart(prepare: (db: TestDatabase) => Promise<unknown>) {
  database = await freshDatabase("startup");
  await prepare(database);
  app = await startApp({
    name: "startup",
    databaseUrl: database.url,
    env: { APP_ENV: "production" },
    waitUntilUp: false,
  });
  return app;
}

function jsonLinesAfterBanner(instance: AppInstance) {
  // Next.js prints its banner before the app's code runs; everything after is JSON.
  return instance.logs.lines.filter((l) => !/^(▲|-|✓) /.test(l.trim()));
}

describe("a production instance at start", () => {
  it("refuses to serve with one clear line when a shipped migration is not applied", async () => {
    const instance = await productionStart((db) =>
      db.pool.query(`DELETE FROM "_prisma_migrations" WHERE migration_name = $1`, [LATEST]),
    );
    expect(await instance.exited).toBe(1);
    const lines = jsonLinesAfterBanner(instance);
    expect(lines).toHaveLength(1);
    const entry = JSON.parse(lines[0]!);
    expect(entry).toMatchObject({ level: "fatal", component: "startup", pending: [LATEST] });
    expect(entry.msg).toBe(
      `Database schema is not current: 1 migration(s) not applied (${LATEST}). ` +
        "Run the release step `npm run db:migrate` once, then start instances.",
    );
  });

  it("refuses to serve while a migration is unfinished (failed or being applied)", async () => {
    const instance = await productionStart((db) =>
      db.pool.query(`UPDATE "_prisma_migrations" SET finished_at = NULL WHERE migration_name = $1`, [LATEST]),
    );
    expect(await instance.exited).toBe(1);
    const entries = instance.logs.entries();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ level: "fatal", unfinished: [LATEST], pending: [LATEST] });
  });

  it("serves a database that a newer release has migrated further", async () => {
    const instance = await productionStart((db) =>
      db.pool.query(
        `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
         VALUES ('newer', 'x', '29990101000000_from_the_future', now(), now(), 1)`,
      ),
    );
    await instance.logs.waitFor((e) => e.msg === "instance started");
    expect((await instance.fetch("/api/health/ready")).status).toBe(200);
    expect(
      instance.logs.entries().find((e) => e.msg === "database has migrations newer than this build"),
    ).toMatchObject({
      newer: ["29990101000000_from_the_future"],
    });
  });

  it("does not warn about demo accounts once they are gone", async () => {
    const instance = await productionStart((db) =>
      db.pool.query(
        `UPDATE "User" SET "deletedAt" = now() WHERE username IN ('admin', 'support', 'customer')`,
      ),
    );
    await instance.logs.waitFor((e) => e.msg === "instance started");
    expect(instance.logs.entries().filter((e) => e.level === "error" || e.level === "fatal")).toEqual([]);
  });
});
