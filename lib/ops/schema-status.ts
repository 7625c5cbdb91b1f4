import "server-only";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { db } from "@/lib/db";

// Whether the database has every migration this build ships. Instances never migrate (that is
// the release step, `npm run db:migrate`, run once per deployment); they only compare.

export type SchemaStatus = {
  current: boolean;
  /** Shipped with this build but not applied. */
  pending: string[];
  /** Started but neither finished nor rolled back (failed, or being applied right now). */
  unfinished: string[];
  /** Applied but unknown to this build: a newer release migrated already (fine for old code). */
  newer: string[];
};

let shipped: string[] | undefined;

/** The migrations in this build (prisma/migrations, copied into the standalone output). */
export function shippedMigrations() {
  if (!shipped) {
    const dir = path.join(process.cwd(), "prisma", "migrations");
    if (!existsSync(dir)) throw new Error(`no migrations found at ${dir}`);
    shipped = readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isDirectory() && existsSync(path.join(dir, e.name, "migration.sql")))
      .map((e) => e.name)
      .sort();
  }
  return shipped;
}

type Row = { name: string; finished: boolean; rolledBack: boolean };

export async function schemaStatus(): Promise<SchemaStatus> {
  const expected = shippedMigrations();
  const [table] = await db.$queryRaw<{ exists: boolean }[]>`
    SELECT (to_regclass('_prisma_migrations') IS NOT NULL) AS "exists"`;
  const rows = table?.exists
    ? await db.$queryRaw<Row[]>`
        SELECT "migration_name" AS "name", ("finished_at" IS NOT NULL) AS "finished",
               ("rolled_back_at" IS NOT NULL) AS "rolledBack"
          FROM "_prisma_migrations"`
    : [];
  const applied = new Set(rows.filter((r) => r.finished && !r.rolledBack).map((r) => r.name));
  const unfinished = rows.filter((r) => !r.finished && !r.rolledBack).map((r) => r.name);
  const pending = expected.filter((name) => !applied.has(name));
  const newer = [...applied].filter((name) => !expected.includes(name)).sort();
  return { current: pending.length === 0 && unfinished.length === 0, pending, unfinished, newer };
}
