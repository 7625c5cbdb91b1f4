import type pg from "pg";

/** Puts `count` due e-mails straight into the outbox (as committed by any instance); their ids. */
export async function insertOutboxEmails(pool: pg.Pool, count: number, tag: string) {
  const { rows } = await pool.query<{ id: string }>(
    `INSERT INTO "EmailOutbox" ("id", "to", "subject", "html", "text", "template", "locale", "nextAttemptAt")
     SELECT gen_random_uuid()::text, $1 || n || '@example.com', 'Bulk ' || n, '<p>hello</p>', 'hello', 'test', 'en', now()
       FROM generate_series(1, $2::int) AS n
     RETURNING "id"`,
    [`${tag}-`, count],
  );
  return rows.map((r) => r.id);
}

export async function outboxCounts(pool: pg.Pool, ids: string[]) {
  const { rows } = await pool.query<{ status: string; leased: boolean; n: number }>(
    `SELECT "status", ("status" = 'PENDING' AND "attempts" > 0) AS "leased", count(*)::int AS "n"
       FROM "EmailOutbox" WHERE "id" = ANY($1::text[]) GROUP BY 1, 2`,
    [ids],
  );
  const count = (f: (r: (typeof rows)[number]) => boolean) => rows.filter(f).reduce((a, r) => a + r.n, 0);
  return {
    sent: count((r) => r.status === "SENT"),
    pending: count((r) => r.status === "PENDING"),
    claimedUnfinished: count((r) => r.leased),
    failed: count((r) => r.status === "FAILED"),
  };
}
