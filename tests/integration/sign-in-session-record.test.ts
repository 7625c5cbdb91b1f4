import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createUser, postSignIn, sessionCookieFrom } from "./support/auth-http";

// What a successful sign-in writes: its session row, the user's last sign-in and the audit entry
// together, and a security notice only when the browser family / system is new for the account.

const CHROME_WINDOWS =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36";
const CHROME_WINDOWS_NEWER = CHROME_WINDOWS.replace("142.0.0.0", "143.0.0.0");
const FIREFOX_LINUX = "Mozilla/5.0 (X11; Linux x86_64; rv:145.0) Gecko/20100101 Firefox/145.0";

const newBrowserNotices = (to: string) =>
  db.emailOutbox.count({ where: { to, template: "security-notice", text: { contains: "Firefox" } } });

describe("a successful sign-in's records", () => {
  it("writes the session, the last sign-in time and the audit entry together", async () => {
    const user = await createUser();
    const res = await postSignIn({ identifier: user.email, password: user.password, remember: true });
    expect(sessionCookieFrom(res)).toBeDefined();
    const [session] = await db.signInSession.findMany({ where: { userId: user.id } });
    expect(session).toMatchObject({
      remember: true,
      mfa: false,
      userAgent: "integration-test",
      revokedAt: null,
    });
    expect(session!.expiresAt.getTime() - session!.createdAt.getTime()).toBe(12 * 60 * 60 * 1000);
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.lastSignInAt?.getTime()).toBe(session!.createdAt.getTime());
    const entry = await db.auditLog.findFirst({ where: { action: "signin.success", targetId: user.id } });
    expect(entry).toMatchObject({
      actorId: user.id,
      details: { remember: true, method: "password", mfa: false },
    });
  });

  it("sends a notice for a new browser family or system only, never for the first sign-in", async () => {
    const user = await createUser();
    const signIn = (userAgent: string) =>
      postSignIn({ identifier: user.username, password: user.password, userAgent });
    const templates = async () =>
      (await db.emailOutbox.findMany({ where: { to: user.email }, select: { template: true } })).map(
        (e) => e.template,
      );

    await signIn(CHROME_WINDOWS); // first ever: nothing to compare with
    await signIn(CHROME_WINDOWS); // the same browser again
    await signIn(CHROME_WINDOWS_NEWER); // an update of it
    expect(await templates()).toEqual([]);

    await signIn(FIREFOX_LINUX);
    expect(await templates()).toEqual(["security-notice"]);
    expect(await newBrowserNotices(user.email)).toBe(1);

    await signIn(FIREFOX_LINUX);
    expect(await templates()).toHaveLength(1);
    expect(await db.signInSession.count({ where: { userId: user.id } })).toBe(5);
  });
});
