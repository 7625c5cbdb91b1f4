import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { hashToken, lookupToken } from "@/lib/tokens";
import { MINUTE, setClockOffset } from "@/lib/clock";
import { sendPasswordResetLink, resetPasswordWithToken } from "@/lib/auth/password-reset";
import { failureState, failureKey } from "@/lib/auth/signin-throttle";
import { requestPasswordResetAction } from "@/lib/actions/request-password-reset-action";
import { createUser, freshIp, postSignIn, sessionCookieFrom, sessionOf } from "./support/auth-http";
import { newRequest, request, runAfterTasks } from "./support/next-request";

vi.mock("next/headers", () => import("./support/next-request").then((m) => m.nextHeadersMock));
vi.mock("next-intl/server", () => import("./support/next-request").then((m) => m.nextIntlServerMock));
vi.mock("next/server", async (importOriginal) => ({
  ...(await importOriginal<object>()),
  after: (await import("./support/next-request")).afterMock,
}));

beforeEach(() => newRequest(freshIp()));
afterEach(() => setClockOffset(0));

const resetMails = (to: string) =>
  db.emailOutbox.findMany({ where: { to, template: "password-reset" }, orderBy: { createdAt: "asc" } });
const tokenFrom = (text: string) => text.match(/reset-password\?token=([A-Za-z0-9_-]+)/)?.[1];

describe("forgot password", () => {
  it("answers a known and an unknown address identically, and only then looks the address up", async () => {
    const user = await createUser();
    const unknown = `nobody-${user.username}@northwind.example`;

    const known = await requestPasswordResetAction({ email: user.email.toUpperCase() });
    const knownTasks = request.afterTasks.splice(0);
    const knownCookies = request.cookies.size;
    newRequest(freshIp());
    const other = await requestPasswordResetAction({ email: unknown });

    expect(known).toEqual({ ok: true, email: user.email });
    expect({ ...other, email: "x" }).toEqual({ ...known, email: "x" });
    expect([knownTasks.length, knownCookies]).toEqual([request.afterTasks.length, request.cookies.size]);
    // Nothing was looked up or written before answering.
    expect(await resetMails(user.email)).toHaveLength(0);

    await runAfterTasks();
    expect(await resetMails(unknown)).toHaveLength(0);
    for (const task of knownTasks) await task();
    expect(await resetMails(user.email)).toHaveLength(1);
  });

  it("e-mails a single-use 256-bit link, stored hashed, built from the configured base URL in the user's language", async () => {
    const user = await createUser({ locale: "es" });
    newRequest(freshIp(), { host: "evil.example", "x-forwarded-host": "evil.example" });
    await requestPasswordResetAction({ email: user.email });
    await runAfterTasks();
    const [mail] = await resetMails(user.email);
    expect(mail!.subject).toBe("Restablezca su contraseña del Customer Portal");
    expect(mail!.text).toContain("http://localhost:3100/es/reset-password?token=");
    expect(mail!.text).not.toContain("evil.example");
    expect(mail!.text).toMatch(/Este enlace es válido hasta el .+ UTC \(60 minutos\)/);
    const token = tokenFrom(mail!.text)!;
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
    const row = await db.oneTimeToken.findFirstOrThrow({
      where: { userId: user.id, purpose: "PASSWORD_RESET" },
    });
    expect(row.tokenHash).toBe(hashToken(token));
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBeCloseTo(60 * MINUTE, -3);
  });

  it("sends at most one e-mail a minute per address, with the same answer", async () => {
    const user = await createUser();
    const first = await requestPasswordResetAction({ email: user.email });
    expect(await runAfterTasks()).toBe(1);
    newRequest(freshIp());
    const second = await requestPasswordResetAction({ email: user.email });
    expect(await runAfterTasks()).toBe(0);
    expect(second).toEqual(first);
    expect(await resetMails(user.email)).toHaveLength(1);
  });

  it("limits requests per client address", async () => {
    const ip = freshIp();
    let last;
    for (let i = 0; i < 21; i++) {
      newRequest(ip);
      last = await requestPasswordResetAction({ email: `flood${i}@example.com` });
    }
    expect(last).toEqual({
      ok: false,
      fieldErrors: {},
      formError: "Too many requests from your network. Please try again in an hour.",
    });
  });

  it("rejects a malformed address with a field error and changes nothing", async () => {
    expect(await requestPasswordResetAction({ email: "not an address" })).toEqual({
      ok: false,
      fieldErrors: { email: "Please enter a valid e-mail address, e.g. name@company.com." },
    });
    expect(request.afterTasks).toHaveLength(0);
  });
});

describe("reset link", () => {
  async function linkFor(user: { id: string; email: string }) {
    await sendPasswordResetLink(user.email);
    const mails = await resetMails(user.email);
    return tokenFrom(mails.at(-1)!.text)!;
  }

  it("a newer link invalidates the older one", async () => {
    const user = await createUser();
    const first = await linkFor(user);
    const second = await linkFor(user);
    expect((await lookupToken(first, "PASSWORD_RESET")).state).toBe("expired");
    expect((await lookupToken(second, "PASSWORD_RESET")).state).toBe("valid");
  });

  it("sets the password once, ends every session, lifts a sign-in block and notifies", async () => {
    const user = await createUser({ mustChangePassword: true });
    const cookie = sessionCookieFrom(await postSignIn({ identifier: user.email, password: user.password }));
    for (let i = 0; i < 10; i++) await postSignIn({ identifier: user.email, password: `wrong ${i}` });
    expect((await failureState(failureKey(user.id, ""))).locked).toBe(true);

    const token = await linkFor(user);
    expect(await resetPasswordWithToken(token, "password")).toEqual({ ok: false, problem: "passwordCommon" });
    expect((await lookupToken(token, "PASSWORD_RESET")).state).toBe("valid"); // not used up by a refusal

    const newPassword = "Lighthouse-Orchard-Pebble-31";
    expect(await resetPasswordWithToken(token, newPassword)).toEqual({ ok: true });
    expect(await resetPasswordWithToken(token, "Another-Fresh-Password-9")).toEqual({
      ok: false,
      link: "used",
    });

    expect((await sessionOf(cookie)).body).toBeNull();
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after).toMatchObject({ mustChangePassword: false, sessionVersion: 1 });
    expect(await db.signInSession.count({ where: { userId: user.id, revokedAt: null } })).toBe(0);
    expect(await db.emailOutbox.count({ where: { to: user.email, template: "password-changed" } })).toBe(1);
    expect(await db.auditLog.count({ where: { targetId: user.id, action: "password.reset" } })).toBe(1);

    const signIn = await postSignIn({ identifier: user.email, password: newPassword });
    expect(sessionCookieFrom(signIn)).toBeDefined();
  });

  it("expires after 60 minutes", async () => {
    const user = await createUser();
    const token = await linkFor(user);
    setClockOffset(59 * MINUTE);
    expect((await lookupToken(token, "PASSWORD_RESET")).state).toBe("valid");
    setClockOffset(60 * MINUTE + 1000);
    expect(await resetPasswordWithToken(token, "Lighthouse-Orchard-Pebble-31")).toEqual({
      ok: false,
      link: "expired",
    });
  });
});
