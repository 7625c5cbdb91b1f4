// The requests the database-outage ops tests send to an instance whose PostgreSQL they stop or
// freeze, and what they read back from that database.
import { OPS_DIST } from "./standalone-build";
import { registrationRequest, registerActionId } from "./register-http";
import { registration } from "./registration-input";
import type { AppInstance } from "./app-instances";
import type { StoppableDatabase } from "./stoppable-database";

/** A page that reads the database on every request: a well-formed but unknown reset link. */
export const OUTAGE_PAGE = (locale: string) => `/${locale}/reset-password?token=${"A".repeat(43)}`;

let client = 0;

/** The registration wizard's submission, as the browser sends it, from a client of its own. */
export function register(app: AppInstance, email: string) {
  const req = registrationRequest({
    origin: app.url,
    actionId: registerActionId(OPS_DIST),
    input: registration({ email, firstName: "Outage", lastName: "Test" }),
    ip: `10.9.${client >> 8}.${++client & 255}`,
  });
  return app.fetch(req.path, { method: req.method, headers: req.headers, body: req.body });
}

export async function getPage(app: AppInstance, pathname: string) {
  const res = await app.fetch(pathname);
  return { status: res.status, headers: res.headers, text: await res.text() };
}

/** Accounts with this address (0 or 1). */
export async function usersWith(database: StoppableDatabase, email: string) {
  const rows = await database.query<{ n: number }>(`SELECT count(*)::int AS n FROM "User" WHERE email = $1`, [
    email,
  ]);
  return rows[0]!.n;
}
