import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { HOUR, setClockOffset } from "@/lib/clock";
import { signInAction } from "@/lib/actions/sign-in-action";
import { signOutAction } from "@/lib/actions/sign-out-action";
import { changePassword } from "@/lib/auth/password-change";
import { decodeSessionCookie } from "@/lib/auth/session-cookie";
import { requireUser } from "@/lib/dal/session";
import { requireStaff } from "@/lib/dal/staff-access";
import { createUser, freshIp, sessionOf } from "./support/auth-http";
import { newRequest, request } from "./support/next-request";

vi.mock("next/headers", () => import("./support/next-request").then((m) => m.nextHeadersMock));
vi.mock("next-intl/server", () => import("./support/next-request").then((m) => m.nextIntlServerMock));

beforeEach(() => newRequest(freshIp()));
afterEach(() => setClockOffset(0));

/** Runs the action; a redirect (success) comes back as its target. */
async function submit(input: Parameters<typeof signInAction>[0]) {
  try {
    return { result: await signInAction(input) };
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? "";
    if (!digest.startsWith("NEXT_REDIRECT")) throw error;
    return { redirectTo: digest.split(";")[2] };
  }
}

const session = () => request.cookies.get("portal.session");
const asCookieHeader = () => `portal.session=${session()!.value}`;

describe("sign-in action", () => {
  it("answers a wrong password and an unknown identifier identically, setting no session", async () => {
    const user = await createUser();
    const wrong = await submit({ identifier: user.email, password: "wrong password", remember: true });
    const wrongCookies = [...request.cookies.keys()];
    newRequest(freshIp());
    const unknown = await submit({
      identifier: `x${user.email}`,
      password: "wrong password",
      remember: true,
    });
    expect(wrong).toEqual(unknown);
    expect(wrong.result).toEqual({
      ok: false,
      fieldErrors: {},
      formError: "The username, e-mail address or password is not correct. Please try again.",
    });
    expect(wrongCookies).toEqual([...request.cookies.keys()]);
    expect(wrongCookies).not.toContain("portal.session");
  });

  it("signs in and sets a browser-session cookie, or a 12-hour one when remembered", async () => {
    const user = await createUser();
    expect(await submit({ identifier: user.username, password: user.password, remember: false })).toEqual({
      redirectTo: "/en/dashboard",
    });
    expect(session()!.options).toEqual({ httpOnly: true, sameSite: "lax", path: "/", secure: false });

    newRequest(freshIp());
    const before = Date.now();
    await submit({ identifier: user.email, password: user.password, remember: true });
    const expires = (session()!.options!.expires as Date).getTime();
    expect(expires).toBeGreaterThanOrEqual(before + 12 * HOUR);
    expect(expires).toBeLessThanOrEqual(Date.now() + 12 * HOUR);
    const claims = await decodeSessionCookie(session()!.value);
    expect(claims).toMatchObject({ sub: user.id, rem: true, sv: 0, absExp: expires });
  });

  it("follows a same-origin callbackUrl only", async () => {
    const user = await createUser();
    const go = (callbackUrl: string) =>
      submit({ identifier: user.email, password: user.password, remember: false, callbackUrl });
    expect(await go("/de/account")).toEqual({ redirectTo: "/de/account" });
    expect(await go("/account?tab=1")).toEqual({ redirectTo: "/en/account?tab=1" });
    expect(await go("http://localhost:3100/es/dashboard")).toEqual({ redirectTo: "/es/dashboard" });
    for (const evil of [
      "https://evil.example/x",
      "//evil.example/x",
      "/\\evil.example",
      "javascript:alert(1)",
    ]) {
      expect(await go(evil)).toEqual({ redirectTo: "/en/dashboard" });
    }
  });

  it("signs in whatever Referer the browser sent (Auth.js takes it for the callback address)", async () => {
    const user = await createUser();
    for (const referer of ["1", "http://evil.example/x", "/\\evil.example", "%00"]) {
      newRequest(freshIp(), { referer });
      expect(await submit({ identifier: user.email, password: user.password, remember: false })).toEqual({
        redirectTo: "/en/dashboard",
      });
      expect((await decodeSessionCookie(session()?.value))?.sub, referer).toBe(user.id);
    }
  });

  it("explains an account awaiting review only after the right password", async () => {
    const user = await createUser({ status: "PENDING_REVIEW" });
    expect(
      (await submit({ identifier: user.email, password: "nope", remember: false })).result,
    ).toMatchObject({
      formError: expect.stringContaining("not correct"),
    });
    expect(
      (await submit({ identifier: user.email, password: user.password, remember: false })).result,
    ).toEqual({
      ok: false,
      fieldErrors: {},
      notice: "pending_review",
    });
  });

  it("rejects malformed input with field errors", async () => {
    expect((await submit({ identifier: " ", password: "", remember: false })).result).toEqual({
      ok: false,
      fieldErrors: { identifier: "Please fill in this field.", password: "Please fill in this field." },
    });
  });
});

describe("sign-out and password change", () => {
  it("sign-out revokes the session on the server", async () => {
    const user = await createUser();
    await submit({ identifier: user.email, password: user.password, remember: true });
    const cookie = asCookieHeader();
    request.headers.set("cookie", cookie);
    await expect(signOutAction()).rejects.toMatchObject({
      digest: expect.stringContaining("/en/login?signedOut=1"),
    });
    expect(request.cookies.get("portal.session")?.value).toBe("");
    expect((await sessionOf(cookie)).body).toBeNull();
    expect(await db.signInSession.count({ where: { userId: user.id, revokedAt: null } })).toBe(0);
  });

  it("a password change keeps the changing browser and ends the others", async () => {
    const user = await createUser();
    await submit({ identifier: user.email, password: user.password, remember: false });
    const elsewhere = asCookieHeader();
    newRequest(freshIp());
    await submit({ identifier: user.email, password: user.password, remember: true });
    const here = await decodeSessionCookie(session()!.value);

    expect(
      await changePassword({
        userId: user.id,
        sessionId: here!.sid,
        current: "wrong",
        password: "Xx-Any-Thing-123",
      }),
    ).toEqual({ ok: false, problem: "currentPasswordWrong" });
    const ok = await changePassword({
      userId: user.id,
      sessionId: here!.sid,
      current: user.password,
      password: "Orbit-Saffron-Kettle-64",
    });
    expect(ok).toEqual({ ok: true });
    const reissued = await decodeSessionCookie(session()!.value);
    expect(reissued).toEqual({ ...here, sv: 1 });
    expect(session()!.options!.expires).toEqual(new Date(here!.absExp)); // never extended
    expect((await sessionOf(asCookieHeader())).body?.user?.id).toBe(user.id);
    expect((await sessionOf(elsewhere)).body).toBeNull();
    expect(await db.emailOutbox.count({ where: { to: user.email, template: "password-changed" } })).toBe(1);
  });
});

describe("data-access layer", () => {
  async function signedInAs(over: Parameters<typeof createUser>[0] = {}) {
    const user = await createUser(over);
    await submit({ identifier: user.email, password: user.password, remember: false });
    request.headers.set("cookie", asCookieHeader());
    return user;
  }
  const outcome = (p: Promise<unknown>) =>
    p.then(
      (user) => ({ user }),
      (error: { digest?: string }) => ({ digest: error.digest }),
    );

  it("requireUser sends the signed-out to sign-in and a temporary password to the forced change", async () => {
    expect(await outcome(requireUser({ returnTo: "/account" }))).toEqual({
      digest: expect.stringContaining(";/en/login?callbackUrl=%2Fen%2Faccount;"),
    });
    const user = await signedInAs({ mustChangePassword: true });
    expect(await outcome(requireUser())).toEqual({
      digest: expect.stringContaining(";/en/change-password;"),
    });
    expect(await outcome(requireUser({ allowPendingPasswordChange: true }))).toMatchObject({
      user: { id: user.id, username: user.username, mustChangePassword: true },
    });
  });

  it("requireStaff answers 404 to customers and sends staff without a second factor to set one up", async () => {
    await signedInAs();
    expect(await outcome(requireStaff())).toEqual({
      digest: expect.stringContaining("404"),
    });
    newRequest(freshIp());
    // The demo support account (creating staff here would change the demo data others count).
    await submit({ identifier: "support", password: "demo-support-password", remember: false });
    request.headers.set("cookie", asCookieHeader());
    // Staff without a second factor are sent to set one up first (tests/integration/second-factor.test.ts).
    expect(await outcome(requireStaff())).toEqual({
      digest: expect.stringContaining(";/en/account/security/enrol?required=1;"),
    });
  });
});
