import { describe, expect, it } from "vitest";
import { exclusiveAccess } from "@/lib/content/access";
import { pickTranslation } from "@/lib/content/content-text";

describe("exclusive content", () => {
  it("is open to everybody when not exclusive", () => {
    expect(exclusiveAccess(false, { signedIn: false, profilePending: false })).toBe("ok");
  });
  it("sends anonymous readers to sign in", () => {
    expect(exclusiveAccess(true, { signedIn: false, profilePending: false })).toBe("signIn");
  });
  it("asks a migrated account to complete its profile first", () => {
    expect(exclusiveAccess(true, { signedIn: true, profilePending: true })).toBe("completeProfile");
  });
  it("lets active customers in", () => {
    expect(exclusiveAccess(true, { signedIn: true, profilePending: false })).toBe("ok");
  });
});

describe("content language", () => {
  const en = { locale: "en", title: "Hello", summary: "S" };
  const de = { locale: "de", title: "Hallo", summary: "Z" };
  it("prefers the reader's language", () => {
    expect(pickTranslation([en, de], "de").title).toBe("Hallo");
  });
  it("falls back to English, then to whatever exists", () => {
    expect(pickTranslation([de, en], "es").title).toBe("Hello");
    expect(pickTranslation([de], "es").title).toBe("Hallo");
    expect(pickTranslation([], "es").title).toBe("");
  });
});
