// Signs in to a running instance over HTTP the way Auth.js's built-in form does (CSRF token from
// /api/auth/csrf, then a form post to /api/auth/callback/credentials), so ops tests can sign in
// through one instance and use or end the session on another.
import type pg from "pg";

type Target = { url: string };

function cookiePairs(res: Response) {
  return res.headers.getSetCookie().map((c) => c.split(";")[0]!);
}

async function csrf(app: Target) {
  const res = await fetch(`${app.url}/api/auth/csrf`);
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { csrfToken, cookie: cookiePairs(res).join("; ") };
}

export type SignInAttempt = { identifier: string; password: string; ip?: string };

/** Posts one sign-in; `session` is the session cookie (`name=value`) when it succeeded. */
export async function signInOver(app: Target, { identifier, password, ip = "203.0.113.10" }: SignInAttempt) {
  const { csrfToken, cookie } = await csrf(app);
  const res = await fetch(`${app.url}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: {
      cookie,
      "content-type": "application/x-www-form-urlencoded",
      "x-forwarded-for": ip,
      "user-agent": "ops-test",
    },
    body: new URLSearchParams({
      identifier,
      password,
      remember: "0",
      csrfToken,
      callbackUrl: "/en/dashboard",
    }),
  });
  const session = cookiePairs(res).find((c) => /^(__Host-)?portal\.session=.+/.test(c));
  return { status: res.status, location: res.headers.get("location") ?? "", session };
}

/** The user id of the session as this instance sees it (null: not signed in). */
export async function sessionUser(app: Target, session: string) {
  const res = await fetch(`${app.url}/api/auth/session`, { headers: { cookie: session } });
  const body = (await res.json()) as { user?: { id: string } } | null;
  return body?.user?.id ?? null;
}

/** Auth.js's sign-out endpoint (the session ends on the server, not just in the browser). */
export async function signOutOver(app: Target, session: string) {
  const { csrfToken, cookie } = await csrf(app);
  const res = await fetch(`${app.url}/api/auth/signout`, {
    method: "POST",
    redirect: "manual",
    headers: { cookie: `${cookie}; ${session}`, "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, callbackUrl: "/en" }),
  });
  if (res.status >= 400) throw new Error(`sign-out answered ${res.status}`);
}

let n = 0;
/**
 * A new active customer account whose password is the demo customer's
 * (`demo-customer-password`), so tests need no hashing of their own.
 */
export async function createCustomer(pool: pg.Pool, label: string) {
  const tag = `${label}${n++}${Date.now().toString(36)}`;
  const { rows } = await pool.query<{ id: string; email: string }>(
    `INSERT INTO "User" (id, email, username, "passwordHash", status, "firstName", "lastName", company,
                         country, "statusChangedAt", "updatedAt", "emailVerified")
     SELECT $1, $2, $1, "passwordHash", 'ACTIVE', 'Kim', 'Meyer', 'Northwind Energy', 'DE', now(), now(), now()
       FROM "User" WHERE username = 'customer'
     RETURNING id, email`,
    [tag, `${tag}@northwind.example`],
  );
  return { ...rows[0]!, password: "demo-customer-password" };
}
