import { describe, expect, it } from "vitest";
import { sql } from "@/lib/db";

// lib/db.ts `sql`: the busiest statements, straight on the pool and prepared once per connection.

describe("sql", () => {
  it("sends values as parameters, never as statement text", async () => {
    const hostile = '\'; DROP TABLE "User"; --';
    const [row] = await sql<{
      value: string;
      n: number;
    }>`SELECT ${hostile}::text AS value, ${41}::int + 1 AS n`;
    expect(row).toEqual({ value: hostile, n: 42 });
  });

  it("prepares each statement once per connection, named after its text", async () => {
    const read = () => sql<{ name: string; statement: string }>`
      SELECT name, statement FROM pg_prepared_statements WHERE name LIKE 'portal\\_%'`;
    await read();
    const prepared = await read();
    const own = prepared.find((p) => p.statement.includes("pg_prepared_statements"));
    expect(own?.name).toMatch(/^portal_[0-9a-f]{24}$/);
    // The same text always gets the same name (a pooler can share it between client connections).
    expect(new Set(prepared.filter((p) => p.statement === own!.statement).map((p) => p.name)).size).toBe(1);
  });
});
