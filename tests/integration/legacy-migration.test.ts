import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { now } from "@/lib/clock";
import { registerUser } from "@/lib/registration/register-user";
import { confirmEmail } from "@/lib/registration/confirm-email";
import { linkLegacyAccount } from "@/lib/migration/legacy-link";
import { legacyPrefill, needsProfileCompletion } from "@/lib/migration/legacy-profile";
import { completeLegacyProfile } from "@/lib/migration/complete-profile";
import type { CompleteProfileInput } from "@/lib/validations/profile";
import { registration, tokenFromEmail } from "../support/registration";

const CTX = { ip: "10.8.0.1" };
let n = 0;

function legacyAccount(email = `legacy-${Date.now()}-${n++}@old-area.example`) {
  return db.legacyAccount.create({
    data: {
      email,
      firstName: "Lena",
      lastName: "Altmann",
      company: "Old Grid AG",
      country: "at",
      serials: ["NW101B", "ZZ999Z"],
      interests: ["cable-testing", "no-such-topic"],
    },
  });
}

async function migrate(email: string) {
  expect(
    await registerUser(registration({ email, serial: "XX900Z", interests: ["power-quality"] }), CTX),
  ).toEqual({
    ok: true,
  });
  const mail = await db.emailOutbox.findFirstOrThrow({
    where: { to: email, template: "registration.confirm" },
    orderBy: { createdAt: "desc" },
  });
  const result = await confirmEmail(await tokenFromEmail(email, "registration.confirm"), CTX);
  const user = await db.user.findUniqueOrThrow({ where: { email } });
  return { mail, result, user };
}

const profile = {
  salutation: "MS" as const,
  firstName: "Lena",
  lastName: "Altmann-Berg",
  company: "New Grid GmbH",
  country: "AT" as const,
  phone: "",
  locale: "de" as const,
  serials: ["NW101B"],
  interests: ["cable-testing", "asset-management"],
} satisfies CompleteProfileInput;

describe("migrating a legacy customer-area account", () => {
  it("says so in the confirmation e-mail, activates, and prefills the profile", async () => {
    const legacy = await legacyAccount();
    const { mail, result, user } = await migrate(legacy.email);
    expect(mail.text).toContain("bisherigen Kundenbereich gefunden");
    expect(result).toMatchObject({ state: "confirmed", status: "ACTIVE", reason: "legacy_account" });
    expect(await db.legacyAccount.findUniqueOrThrow({ where: { id: legacy.id } })).toMatchObject({
      userId: user.id,
    });
    expect(await needsProfileCompletion(user.id)).toBe(true);
    const prefill = await legacyPrefill(user.id);
    expect(prefill).toMatchObject({ firstName: "Lena", company: "Old Grid AG", country: "AT" });
    // Unknown serials and topics of the old record are dropped; the registered device stays.
    expect(prefill!.serials.map((s) => [s.serial, s.registered])).toEqual([
      ["XX900Z", true],
      ["NW101B", false],
    ]);
    expect(prefill!.interests.sort()).toEqual(["cable-testing", "power-quality"]);
  });

  it("stores the completed profile once; a second completion changes nothing", async () => {
    const legacy = await legacyAccount();
    const { user } = await migrate(legacy.email);
    expect(await completeLegacyProfile(user.id, profile, CTX.ip)).toEqual({ ok: true });
    const after = await db.user.findUniqueOrThrow({
      where: { id: user.id },
      include: { devices: { include: { device: true } }, interests: { include: { topic: true } } },
    });
    expect(after).toMatchObject({ lastName: "Altmann-Berg", company: "New Grid GmbH", status: "ACTIVE" });
    expect(after.devices.map((d) => d.device.serial).sort()).toEqual(["NW101B", "XX900Z"]);
    expect(after.interests.map((i) => i.topic.slug).sort()).toEqual(["asset-management", "cable-testing"]);
    expect(await needsProfileCompletion(user.id)).toBe(false);
    expect(await legacyPrefill(user.id)).toBeNull();

    const again = await completeLegacyProfile(user.id, { ...profile, company: "Changed" }, CTX.ip);
    expect(again).toEqual({ ok: false, reason: "alreadyDone" });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).company).toBe("New Grid GmbH");
  });

  it("completes once when two submissions race", async () => {
    const legacy = await legacyAccount();
    const { user } = await migrate(legacy.email);
    const results = await Promise.all([
      completeLegacyProfile(user.id, profile),
      completeLegacyProfile(user.id, profile),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(
      await db.auditLog.count({ where: { targetId: user.id, action: "migration.profile_completed" } }),
    ).toBe(1);
  });

  it("cannot be migrated twice: concurrent links, and a later registration with the address", async () => {
    const legacy = await legacyAccount();
    const { user } = await migrate(legacy.email);
    // Someone else trying to link the same record (directly, twice at once) gets nothing.
    const others = await Promise.all(
      ["a", "b"].map((tag) =>
        db.user.create({
          data: {
            email: `other-${tag}-${Date.now()}@northwind.example`,
            username: `other${tag}${Date.now()}`,
            firstName: "O",
            lastName: "T",
            company: "C",
            country: "DE",
          },
        }),
      ),
    );
    const other = others[0]!;
    const fresh = await legacyAccount();
    const linked = await Promise.all(
      others.map((o) => db.$transaction((tx) => linkLegacyAccount(tx, fresh.id, o.id, now()))),
    );
    expect(linked.filter(Boolean)).toHaveLength(1);
    expect(await linkLegacyAccount(db as never, legacy.id, other.id, now())).toBe(false);

    // The first owner moves to another address; whoever registers the old one is a normal registration.
    await db.user.update({
      where: { id: user.id },
      data: { email: `moved-${Date.now()}@northwind.example` },
    });
    const second = await migrate(legacy.email);
    expect(second.mail.text).not.toContain("bisherigen Kundenbereich gefunden");
    expect(second.result).toMatchObject({ state: "confirmed" });
    expect(second.result).not.toMatchObject({ reason: "legacy_account" });
    expect(await db.legacyAccount.findUniqueOrThrow({ where: { id: legacy.id } })).toMatchObject({
      userId: user.id,
    });
  });
});
