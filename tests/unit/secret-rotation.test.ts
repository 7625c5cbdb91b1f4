import { afterEach, describe, expect, it, vi } from "vitest";
import { decode, encode } from "@auth/core/jwt";
import { TEST_ENV } from "../support/test-env";

// AUTH_SECRET rotation (docs/operations.md): while AUTH_SECRET_PREVIOUS holds the old secret,
// session cookies made with it are still read; new ones are made with AUTH_SECRET only.

const OLD = "the-previous-secret-that-is-at-least-32-characters";
const NEW = TEST_ENV.AUTH_SECRET;
const CLAIMS = { sub: "user-1", sid: "session-1", sv: 0, rem: false, absExp: Date.now() + 3_600_000 };

// Configuration is read once per module graph, so each case loads the modules afresh.
async function sessionCookieModule(previous: string | undefined) {
  vi.resetModules();
  if (previous === undefined) delete process.env.AUTH_SECRET_PREVIOUS;
  else process.env.AUTH_SECRET_PREVIOUS = previous;
  return import("@/lib/auth/session-cookie");
}

async function cookieMadeWith(secret: string, salt: string) {
  return encode({ token: { ...CLAIMS }, secret, salt, maxAge: 3600 });
}

afterEach(() => {
  delete process.env.AUTH_SECRET_PREVIOUS;
  vi.resetModules();
});

describe("AUTH_SECRET rotation", () => {
  it("accepts a session made with the previous secret while AUTH_SECRET_PREVIOUS is set", async () => {
    const m = await sessionCookieModule(OLD);
    const old = await cookieMadeWith(OLD, m.sessionCookieName());
    expect(await m.decodeSessionCookie(old)).toMatchObject({ sub: "user-1", sid: "session-1" });
    expect(await m.decodeSessionJwt({ token: old, secret: NEW, salt: m.sessionCookieName() })).toMatchObject({
      sid: "session-1",
    });
    // And today's sessions, of course.
    expect(await m.decodeSessionCookie(await cookieMadeWith(NEW, m.sessionCookieName()))).not.toBeNull();
  });

  it("rejects it once AUTH_SECRET_PREVIOUS is removed", async () => {
    const m = await sessionCookieModule(undefined);
    const old = await cookieMadeWith(OLD, m.sessionCookieName());
    expect(await m.decodeSessionCookie(old)).toBeNull();
    expect(await m.decodeSessionCookie(await cookieMadeWith(NEW, m.sessionCookieName()))).not.toBeNull();
  });

  it("makes new sessions with the newest secret only", async () => {
    const m = await sessionCookieModule(OLD);
    expect(m.authSecrets()).toEqual([NEW, OLD]);
    const salt = m.sessionCookieName();
    const made = await m.encodeSessionJwt({ token: { ...CLAIMS }, secret: [OLD, NEW], salt });
    expect(await decode({ token: made, secret: NEW, salt })).toMatchObject({ sid: "session-1" });
    await expect(decode({ token: made, secret: OLD, salt })).rejects.toThrow();
  });
});
