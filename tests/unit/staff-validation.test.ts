import { describe, expect, it } from "vitest";
import { changeEmailSchema, deviceSchema, rejectSchema, userActionSchema } from "@/lib/validations/staff";

const issues = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  r.error?.issues.map((i) => [i.path.join("."), i.message]) ?? [];

describe("staff console schemas", () => {
  it("want a reason of at least 3 characters for every support action", () => {
    expect(issues(userActionSchema.safeParse({ userId: "u1", reason: "  ok " }))).toEqual([
      ["reason", "reasonRequired"],
    ]);
    expect(userActionSchema.safeParse({ userId: "u1", reason: " ticket 1 " }).data).toEqual({
      userId: "u1",
      reason: "ticket 1",
    });
  });

  it("reject with a reason from the list; 'other' needs a note for the customer", () => {
    expect(issues(rejectSchema.safeParse({ userIds: [], reason: "because" }))).toEqual([
      ["userIds", "selectSomething"],
      ["reason", "rejectionReasonRequired"],
    ]);
    expect(issues(rejectSchema.safeParse({ userIds: ["a"], reason: "other", note: "  " }))).toEqual([
      ["note", "rejectionNoteRequired"],
    ]);
    expect(rejectSchema.safeParse({ userIds: ["a"], reason: "duplicate_account" }).success).toBe(true);
    expect(
      issues(rejectSchema.safeParse({ userIds: Array(201).fill("a"), reason: "other", note: "x" })),
    ).toEqual([["userIds", "tooMany"]]);
  });

  it("normalise the new e-mail address and the serial number", () => {
    expect(
      changeEmailSchema.safeParse({ userId: "u", newEmail: " New@Example.COM ", reason: "ticket 9" }).data,
    ).toMatchObject({ newEmail: "new@example.com" });
    expect(deviceSchema.safeParse({ serial: "ab 123-z", product: "relay-tester" }).data).toMatchObject({
      serial: "AB123Z",
    });
    expect(issues(deviceSchema.safeParse({ serial: "AB12", product: "" }))).toEqual([
      ["serial", "serialFormat"],
      ["product", "required"],
    ]);
  });
});
