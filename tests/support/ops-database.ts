// Each ops test file gets its own database, copied from the migrated and seeded one the global
// setup made (CREATE DATABASE … TEMPLATE takes milliseconds), so instances of one file never
// see another file's e-mails or job runs.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";

export type TestDatabase = { url: string; pool: pg.Pool; drop: () => Promise<void> };

function withDatabase(url: string, database: string) {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export async function freshDatabase(label: string): Promise<TestDatabase> {
  const template = inject("databaseUrl");
  const templateName = new URL(template).pathname.slice(1);
  const name = `${label.replace(/[^a-z0-9_]/gi, "_").toLowerCase()}_${randomBytes(3).toString("hex")}`;
  const admin = new pg.Client({ connectionString: withDatabase(template, "postgres") });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${templateName}"`);
  } finally {
    await admin.end();
  }
  const url = withDatabase(template, name);
  const pool = new pg.Pool({ connectionString: url, max: 3 });
  return {
    url,
    pool,
    drop: async () => {
      await pool.end();
      const c = new pg.Client({ connectionString: withDatabase(template, "postgres") });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}
