// Drives Auth.js's real route handlers (app/api/auth/[...nextauth]) the way a browser would.
import { NextRequest } from "next/server";
import { handlers } from "@/lib/auth";
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import type { UserStatus } from "@/lib/generated/prisma/client";
import { TEST_ENV } from "../../support/test-env";

export const BASE = TEST_ENV.APP_BASE_URL;

function cookieHeader(setCookies: string[]) {
  return setCookies.map((c) => c.split(";")[0]).join("; ");
}

export async function csrf() {
  const res = await handlers.GET(new NextRequest(`${BASE}/api/auth/csrf`));
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { csrfToken, cookie: cookieHeader(res.headers.getSetCookie()) };
}

type Attempt = {
  identifier: string;
  password: string;
  remember?: boolean;
  ip?: string;
  userAgent?: string;
  callbackUrl?: string;
  /** More cookies the browser sends along. */
  cookies?: string;
};

let ipCounter = 0;
/** A client address no other test uses, so per-address budgets never leak between tests. */
export function freshIp() {
  ipCounter++;
  return `10.${process.pid % 250}.${Math.floor(ipCounter / 250)}.${ipCounter % 250}`;
}

/** POST /api/auth/callback/credentials, as the built-in form would. */
export async function postSignIn({
  identifier,
  password,
  remember = false,
  ip = freshIp(),
  userAgent = "integration-test",
  callbackUrl = `${BASE}/en/dashboard`,
  cookies,
}: Attempt) {
  const { csrfToken, cookie } = await csrf();
  const body = new URLSearchParams({
    identifier,
    password,
    remember: remember ? "1" : "0",
    csrfToken,
    callbackUrl,
  });
  return handlers.POST(
    new NextRequest(`${BASE}/api/auth/callback/credentials`, {
      method: "POST",
      headers: {
        cookie: cookies ? `${cookie}; ${cookies}` : cookie,
        "content-type": "application/x-www-form-urlencoded",
        "x-forwarded-for": ip,
        "user-agent": userAgent,
      },
      body,
    }),
  );
}

export function sessionCookieFrom(res: Response) {
  return res.headers.getSetCookie().find((c) => /^(__Host-)?portal\.session=[^;]+/.test(c));
}

/** GET /api/auth/session with a session cookie: the session JSON (null when not signed in). */
export async function sessionOf(setCookie: string | undefined) {
  const res = await handlers.GET(
    new NextRequest(`${BASE}/api/auth/session`, { headers: { cookie: setCookie?.split(";")[0] ?? "" } }),
  );
  return { res, body: (await res.json()) as { user?: { id: string }; sid?: string } | null };
}

let n = 0;
type NewUser = { status?: UserStatus; password?: string; mustChangePassword?: boolean; locale?: string };

/** A fresh user with a unique e-mail and username. */
export async function createUser({
  status = "ACTIVE",
  password = "correct horse battery staple",
  ...rest
}: NewUser = {}) {
  const tag = `${Date.now().toString(36)}${(n++).toString(36)}`;
  const user = await db.user.create({
    data: {
      email: `user-${tag}@northwind.example`,
      username: `user${tag}`,
      passwordHash: await hashPassword(password),
      status,
      firstName: "Kim",
      lastName: "Meyer",
      company: "Northwind Energy",
      country: "DE",
      ...rest,
    },
  });
  return { ...user, password };
}
