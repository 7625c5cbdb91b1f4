import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { HOUR, now } from "@/lib/clock";
import { loadSessionState, sessionProblem } from "@/lib/auth/session-state";
import { endOtherSessions, endSession, listActiveSessions } from "@/lib/security/sessions";
import { createUser } from "./support/auth-http";

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
