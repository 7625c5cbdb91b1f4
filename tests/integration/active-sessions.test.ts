import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { HOUR, now } from "@/lib/clock";
import { loadSessionState, sessionProblem } from "@/lib/auth/session-state";
import { decodeSessionCookie } from "@/lib/auth/session-cookie";
import { endOtherSessions, endSession, listActiveSessions } from "@/lib/security/sessions";
import { endSessionAction } from "@/lib/actions/end-session-action";
import { createUser, freshIp } from "./support/auth-http";
import { newRequest } from "./support/next-request";
import { outcome, sessionCookie, signedInCustomer } from "./support/second-factor";

vi.mock("next/headers", () => import("./support/next-request").then((m) => m.nextHeadersMock));
vi.mock("next-intl/server", () => import("./support/next-request").then((m) => m.nextIntlServerMock));

beforeEach(() => newRequest(freshIp()));

const CHROME_LINUX =
  "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36";
const FIREFOX_WINDOWS = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:139.0) Gecko/20100101 Firefox/139.0";

async function signedIn(userId: string, userAgent: string) {
  return db.signInSession.create({
    data: { userId, userAgent, ip: "10.1.2.3", expiresAt: new Date(now().getTime() + 12 * HOUR) },
  });
}

describe("active sessions", () => {
  it("lists live sessions with browser and system, and ends one or all others", async () => {
    const user = await createUser();
    const a = await signedIn(user.id, CHROME_LINUX);
    const b = await signedIn(user.id, FIREFOX_WINDOWS);
    const c = await signedIn(user.id, FIREFOX_WINDOWS);
    await db.signInSession.create({
      data: { userId: user.id, expiresAt: new Date(now().getTime() - 1), userAgent: CHROME_LINUX },
    });
    const list = await listActiveSessions(user.id);
    expect(list.map((s) => s.id).sort()).toEqual([a.id, b.id, c.id].sort());
    expect(list.find((s) => s.id === a.id)!.device).toEqual({
      browser: "Chrome",
      os: "Linux",
      mobile: false,
    });
    expect(list.find((s) => s.id === b.id)!.device).toMatchObject({ browser: "Firefox", os: "Windows" });

    const actor = { actorId: user.id, userId: user.id };
    // Someone else's session id changes nothing.
    const other = await createUser();
    const foreign = await signedIn(other.id, CHROME_LINUX);
    expect(await endSession(actor, foreign.id)).toBe(false);
    expect((await db.signInSession.findUniqueOrThrow({ where: { id: foreign.id } })).revokedAt).toBeNull();

    expect(await endSession(actor, b.id)).toBe(true);
    const claims = { sub: user.id, sid: b.id, sv: 0, rem: false, absExp: now().getTime() + HOUR };
    expect(sessionProblem(await loadSessionState(b.id), claims)).toBe("revoked");
    expect(await endOtherSessions(actor, a.id)).toBe(1);
    expect((await listActiveSessions(user.id)).map((s) => s.id)).toEqual([a.id]);
    const actions = await db.auditLog.findMany({ where: { targetId: user.id }, select: { action: true } });
    expect(actions.map((x) => x.action)).toEqual(["session.ended", "session.others_ended"]);
  });
});

describe("signing out another browser from the account page", () => {
  const post = (sessionId: string) => {
    const form = new FormData();
    form.set("sessionId", sessionId);
    return outcome(endSessionAction(form));
  };
  const revoked = async (id: string) =>
    (await db.signInSession.findUniqueOrThrow({ where: { id } })).revokedAt !== null;

  it("says a browser was signed out only when one of the user's own was", async () => {
    const user = await signedInCustomer();
    const own = (await decodeSessionCookie(sessionCookie()!.value))!.sid;
    const other = await signedIn(user.id, FIREFOX_WINDOWS);
    const stranger = await signedIn((await createUser()).id, CHROME_LINUX);
    const nothing = "NEXT_REDIRECT;replace;/en/account#security;307;";

    // Someone else's browser, this browser, a value that is no session id: nothing ends.
    expect(await post(stranger.id)).toEqual({ digest: nothing });
    expect(await post(own)).toEqual({ digest: nothing });
    expect(await post("x".repeat(300))).toEqual({ digest: nothing });
    expect(await revoked(stranger.id)).toBe(false);
    expect(await revoked(own)).toBe(false);

    expect(await post(other.id)).toEqual({
      digest: "NEXT_REDIRECT;replace;/en/account?sessionEnded=1#security;307;",
    });
    expect(await revoked(other.id)).toBe(true);
    // Pressed again (an old page): already ended, so nothing more to say.
    expect(await post(other.id)).toEqual({ digest: nothing });
  });
});
