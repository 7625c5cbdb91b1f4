import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { setClockOffset } from "@/lib/clock";
import { decodeSessionCookie } from "@/lib/auth/session-cookie";
import { requireUser } from "@/lib/dal/session";
import { requireStaff } from "@/lib/dal/staff-access";
import { GET as exportDevices } from "@/app/[locale]/admin/devices/export/route";
import { pendingTotpEnrolment } from "@/lib/security/totp";
import { confirmTotp } from "@/lib/security/manage-factors";
import { removeAllFactors } from "@/lib/security/remove-factors";
import { createUser, freshIp } from "./support/auth-http";
import { newRequest, request } from "./support/next-request";
import {
  auditActions,
  outcome,
  passwordStep,
  sessionCookie,
  totpCode,
  userWithTotp,
} from "./support/second-factor";

// Where a second factor is required (staff), and what happens when a user loses theirs.

vi.mock("next/headers", () => import("./support/next-request").then((m) => m.nextHeadersMock));
vi.mock("next-intl/server", () => import("./support/next-request").then((m) => m.nextIntlServerMock));

beforeEach(() => newRequest(freshIp()));
afterEach(() => setClockOffset(0));

describe("staff and lost factors", () => {
  it("sends staff without a second factor to set one up; the console's file downloads answer 404", async () => {
    // A staff account of its own (removed again: other tests count the demo staff).
    const created = await createUser();
    const staff = await db.user
      .update({ where: { id: created.id }, data: { role: "SUPPORT" } })
      .then((u) => ({
        ...u,
        password: created.password,
      }));
    try {
      await passwordStep(staff.username, staff.password);
      request.headers.set("cookie", `portal.session=${sessionCookie()!.value}`);
      // Pages and staff actions (tests/integration/staff/staff-actions.test.ts) share this door.
      expect(await outcome(requireStaff())).toEqual({
        digest: expect.stringContaining(";/en/account/security/enrol?required=1;"),
      });
      expect((await exportDevices()).status).toBe(404);
      const enrolment = (await pendingTotpEnrolment(staff.id, staff.username))!;
      const claims = await decodeSessionCookie(sessionCookie()!.value);
      await confirmTotp(
        { userId: staff.id, sessionId: claims!.sid, ip: "10.0.0.1" },
        totpCode(enrolment.secret),
      );
      // Setting the factor up in this sign-in counts as passing it.
      expect(await outcome(requireStaff())).toEqual({ result: { id: staff.id, role: "SUPPORT" } });
      const csv = await exportDevices();
      expect(csv.status).toBe(200);
      expect(csv.headers.get("content-type")).toMatch(/^text\/csv/);
    } finally {
      await db.user.delete({ where: { id: staff.id } });
    }
  });

  it("ends a staff sign-in from before the second factor existed once it is set up elsewhere", async () => {
    const created = await createUser();
    const staff = await db.user.update({ where: { id: created.id }, data: { role: "ADMIN" } });
    try {
      // Browser A signs in with the password alone, while the account has no second factor.
      await passwordStep(staff.username, created.password);
      const before = sessionCookie()!.value;
      const stale = (await decodeSessionCookie(before))!.sid;
      // Browser B signs in and sets up the authenticator app.
      newRequest(freshIp());
      await passwordStep(staff.username, created.password);
      const enrolled = sessionCookie()!.value;
      const enrolment = (await pendingTotpEnrolment(staff.id, staff.username))!;
      const sid = (await decodeSessionCookie(enrolled))!.sid;
      await confirmTotp({ userId: staff.id, sessionId: sid, ip: "10.0.0.1" }, totpCode(enrolment.secret));

      // Browser A: not even the pages that add a factor (a password alone could add its own);
      // the session ends and the browser must sign in again, now with the second step.
      newRequest(freshIp());
      request.headers.set("cookie", `portal.session=${before}`);
      expect(await outcome(requireUser({ allowMissingSecondFactor: true }))).toEqual({
        digest: expect.stringContaining(";/en/login?again=1;"),
      });
      expect((await db.signInSession.findUniqueOrThrow({ where: { id: stale } })).revokedAt).not.toBeNull();
      expect(await auditActions(staff.id)).toContain("session.ended_without_second_step");
      // Signed out now: the console answers 404, as to anyone who is not staff.
      expect(await outcome(requireStaff())).toEqual({
        digest: expect.stringContaining("404"),
      });

      // Browser B, which passed the factor, keeps working.
      newRequest(freshIp());
      request.headers.set("cookie", `portal.session=${enrolled}`);
      expect(await outcome(requireStaff())).toEqual({ result: { id: staff.id, role: "ADMIN" } });
    } finally {
      await db.user.delete({ where: { id: staff.id } });
    }
  });

  it("lets customer care remove every factor: audited, e-mailed, sessions ended, password alone works again", async () => {
    const { user } = await userWithTotp();
    const session = await db.signInSession.findFirstOrThrow({ where: { userId: user.id } });
    await removeAllFactors({ staffId: "staff-1", userId: user.id, ip: "10.0.0.9", reason: "phone lost" });
    expect(await db.totpFactor.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.recoveryCode.count({ where: { userId: user.id } })).toBe(0);
    expect(
      (await db.signInSession.findUniqueOrThrow({ where: { id: session.id } })).revokedAt,
    ).not.toBeNull();
    const entry = await db.auditLog.findFirstOrThrow({
      where: { targetId: user.id, action: "mfa.factors_removed_by_staff" },
    });
    expect(entry).toMatchObject({
      actorId: "staff-1",
      details: { totp: 1, recoveryCodes: 10, reason: "phone lost" },
    });
    expect(
      await db.emailOutbox.count({
        where: { to: user.email, subject: { contains: "second factors were removed" } },
      }),
    ).toBe(1);
    expect(await passwordStep(user.email, user.password)).toEqual({
      digest: expect.stringContaining(";/en/dashboard;"),
    });
  });
});
