import { describe, expect, it } from "vitest";
import { configSchema } from "@/lib/env";
import { TEST_ENV } from "../support/test-env";

// Rules between configuration variables, checked when an instance starts (lib/env.ts).

const base = { ...TEST_ENV, DATABASE_URL: "postgresql://portal:portal@127.0.0.1:5432/portal" };
const issuesOf = (extra: Record<string, string>) => {
  const result = configSchema.safeParse({ ...base, ...extra });
  return result.success
    ? []
    : result.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
};

describe("configuration rules", () => {
  it("refuses a query timeout that would end a statement PostgreSQL is still allowed to run", () => {
    for (const query of ["15000", "10000"]) {
      expect(issuesOf({ DATABASE_STATEMENT_TIMEOUT_MS: "15000", DATABASE_QUERY_TIMEOUT_MS: query })).toEqual([
        { path: "DATABASE_QUERY_TIMEOUT_MS", message: "must be above DATABASE_STATEMENT_TIMEOUT_MS (15000)" },
      ]);
    }
  });

  it("accepts the defaults, a longer query timeout, and any query timeout when no statement timeout is sent", () => {
    expect(issuesOf({})).toEqual([]);
    expect(issuesOf({ DATABASE_STATEMENT_TIMEOUT_MS: "2000", DATABASE_QUERY_TIMEOUT_MS: "2500" })).toEqual(
      [],
    );
    expect(issuesOf({ DATABASE_STATEMENT_TIMEOUT_MS: "0", DATABASE_QUERY_TIMEOUT_MS: "100" })).toEqual([]);
  });
});
