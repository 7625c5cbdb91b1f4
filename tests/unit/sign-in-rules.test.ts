import { describe, expect, it } from "vitest";
import { landingPath, safeCallbackPath, sameOriginPath } from "@/lib/auth/callback-url";
import { failureDelayMs } from "@/lib/auth/signin-throttle";
import { sessionProblem, type SessionState } from "@/lib/auth/session-state";
import { sessionCookieOptions } from "@/lib/auth/session-cookie";
import { renderEmail } from "@/lib/email/render";
import { passwordResetEmail } from "@/lib/email/templates/password-reset";

const ORIGIN = "http://localhost:3100";

describe("callbackUrl", () => {
  it.each([
    ["/en/account", "/en/account"],
    ["/de/account?x=1#a", "/de/account?x=1#a"],
    [`${ORIGIN}/es/dashboard`, "/es/dashboard"],
  ])("keeps the same-origin path %s", (raw, path) => expect(safeCallbackPath(raw, ORIGIN)).toBe(path));

  it.each([
    "https://evil.example/",
    "//evil.example/x",
    "/\\evil.example",
    "\\\\evil.example",
    "javascript:alert(1)",
    "http://localhost:3100.evil.example/x",
    "/en/login",
    "/api/auth/signout",
    "/en/x\u0000",
    "",
    undefined,
  ])("refuses %s", (raw) => expect(safeCallbackPath(raw, ORIGIN)).toBeNull());

  it("lets Auth.js's redirects (sameOriginPath) reach the sign-in pages, but nothing off the portal", () => {
    expect(sameOriginPath("/en/login?signedOut=1", ORIGIN)).toBe("/en/login?signedOut=1");
    for (const raw of ["1", "%00", "https://evil.example/", "//evil.example", "/\\evil.example", null]) {
      expect(sameOriginPath(raw, ORIGIN)).toBeNull();
    }
  });

  it("puts paths without a locale into the current one and defaults to the dashboard", () => {
    expect(landingPath("/account", ORIGIN, "de")).toBe("/de/account");
    expect(landingPath("/", ORIGIN, "es")).toBe("/es");
    expect(landingPath("https://evil.example", ORIGIN, "en")).toBe("/en/dashboard");
  });
});

describe("progressive delay", () => {
  it("starts after 5 failures and doubles up to 2 seconds", () => {
    expect([4, 5, 6, 7, 8, 9, 20].map(failureDelayMs)).toEqual([0, 250, 500, 1000, 2000, 2000, 2000]);
  });
});

describe("session rules", () => {
  const at = new Date("2026-01-01T12:00:00Z");
  const state = (over: Partial<SessionState> = {}): SessionState => ({
    userId: "u1",
    remember: false,
    expiresAt: new Date(at.getTime() + 12 * 3_600_000),
    revokedAt: null,
    lastSeenAt: at,
    sessionVersion: 2,
    status: "ACTIVE",
    deleted: false,
    ...over,
  });
  const claims = { sub: "u1", sid: "s1", sv: 2, rem: false, absExp: at.getTime() + 12 * 3_600_000 };
  const later = (ms: number) => new Date(at.getTime() + ms);

  it("accepts a fresh session and names each reason to refuse one", () => {
    expect(sessionProblem(state(), claims, at)).toBeNull();
    expect(sessionProblem(null, claims, at)).toBe("missing");
    expect(sessionProblem(state({ userId: "u2" }), claims, at)).toBe("missing");
    expect(sessionProblem(state({ revokedAt: at }), claims, at)).toBe("revoked");
    expect(sessionProblem(state(), { ...claims, absExp: at.getTime() }, at)).toBe("expired");
    expect(sessionProblem(state({ expiresAt: at }), claims, at)).toBe("expired");
    expect(sessionProblem(state({ sessionVersion: 3 }), claims, at)).toBe("version");
    expect(sessionProblem(state({ status: "DISABLED" }), claims, at)).toBe("inactive");
    expect(sessionProblem(state({ deleted: true }), claims, at)).toBe("inactive");
  });

  it("applies the idle limit (60 minutes by default) only without 'remember me'", () => {
    expect(sessionProblem(state(), claims, later(59 * 60_000))).toBeNull();
    expect(sessionProblem(state(), claims, later(60 * 60_000))).toBe("idle");
    const remembered = { ...claims, rem: true };
    expect(sessionProblem(state({ remember: true }), remembered, later(59 * 60_000 + 59_000))).toBeNull();
  });

  it("gives remembered sessions an Expires at their absolute end and others none", () => {
    expect(sessionCookieOptions({ rem: true, absExp: at.getTime() }).expires).toEqual(at);
    expect(sessionCookieOptions({ rem: false, absExp: at.getTime() })).not.toHaveProperty("expires");
  });
});

describe("password reset e-mail", () => {
  it("says until when the link is valid, in the recipient's language", async () => {
    const props = {
      name: "Kim",
      username: "kim",
      url: `${ORIGIN}/de/reset-password?token=abc`,
      expiresAt: new Date("2026-03-05T14:30:00Z"),
      minutes: 60,
    };
    const de = await renderEmail(passwordResetEmail, props, "de");
    expect(de.text).toContain("Dieser Link ist gültig bis 5. März 2026 um 14:30 UTC (60 Minuten)");
    const en = await renderEmail(passwordResetEmail, props, "en");
    expect(en.text).toContain("This link is valid until March 5, 2026 at 2:30 PM UTC (60 minutes)");
    const es = await renderEmail(passwordResetEmail, props, "es");
    expect(es.text).toContain(
      "Este enlace es válido hasta el 5 de marzo de 2026 a las 14:30 UTC (60 minutos)",
    );
  });
});
