import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { saveContent } from "@/lib/content/manage-content";
import { contentSchema } from "@/lib/validations/content";

const input = {
  kind: "EVENT",
  topic: "power-quality",
  product: "",
  exclusive: false,
  url: "",
  country: "ES",
  city: "Sevilla",
  startsAt: "2027-03-01T09:00",
  titleEn: "Power quality day",
  summaryEn: "Measuring and improving power quality.",
  titleDe: "",
  summaryDe: "",
  titleEs: "Jornada de calidad de la energía",
  summaryEs: "Medir y mejorar la calidad de la energía.",
};

describe("content managed by staff", () => {
  it("creates an item with its languages, then edits it and drops a language", async () => {
    const parsed = contentSchema.parse(input);
    const staff = await db.user.findUniqueOrThrow({ where: { email: "support@example.com" } });
    const id = await saveContent(parsed, staff.id);
    const created = await db.contentItem.findUniqueOrThrow({
      where: { id },
      include: { translations: true, topic: true },
    });
    expect(created).toMatchObject({ kind: "EVENT", country: "ES", city: "Sevilla", exclusive: false });
    expect(created.topic?.slug).toBe("power-quality");
    expect(created.translations.map((t) => t.locale).sort()).toEqual(["en", "es"]);

    await saveContent(contentSchema.parse({ ...input, id, titleEs: "", exclusive: true }), staff.id);
    const edited = await db.contentItem.findUniqueOrThrow({ where: { id }, include: { translations: true } });
    expect(edited.exclusive).toBe(true);
    expect(edited.translations.map((t) => t.locale)).toEqual(["en"]);
    expect(await db.auditLog.count({ where: { targetId: id, actorId: staff.id } })).toBe(2);
  });

  it("refuses input without an English title and with a non-https link", () => {
    const result = contentSchema.safeParse({ ...input, titleEn: " ", url: "javascript:alert(1)" });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["url", "invalid"],
      ["titleEn", "required"],
    ]);
  });
});
