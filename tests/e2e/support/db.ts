import pg from "pg";

// Direct database access for e2e assertions (the app's own database, never a stand-in).
let pool: pg.Pool | undefined;

export function e2eDb() {
  pool ??= new pg.Pool({ connectionString: process.env.E2E_DATABASE_URL, max: 2 });
  return pool;
}
