import { describe, expect, it } from "vitest";
import { passwordProblem } from "@/lib/auth/password-policy";
import { passwordField, emailField, serialField, normalizeSerial } from "@/lib/validations/fields";

describe("password policy", () => {
  it("accepts a long passphrase without composition rules", () => {
    expect(passwordProblem("correct horse battery staple")).toBeNull();
    expect(passwordField.safeParse("a".repeat(64)).success).toBe(true);
  });

  it("rejects common passwords, also with digits appended", () => {
    expect(passwordProblem("password1234")).toBe("passwordCommon");
    expect(passwordProblem("Baseball1234")).toBe("passwordCommon");
  });

  it("rejects passwords built from the e-mail address", () => {
    expect(passwordProblem("jane.doe-2026-portal", { email: "jane.doe@example.com" })).toBe(
      "passwordContainsEmail",
    );
  });

  it("rejects easily guessed ones", () => {
    expect(passwordProblem("aaaaaaaaaaaaaaa")).not.toBeNull();
    expect(passwordProblem("123456789012")).not.toBeNull();
  });

  it("enforces 12 to 256 characters", () => {
    expect(passwordField.safeParse("short-pass1").error?.issues[0]?.message).toBe("passwordTooShort");
    expect(passwordField.safeParse("x".repeat(257)).error?.issues[0]?.message).toBe("passwordTooLong");
  });
});

describe("field schemas", () => {
  it("normalises e-mail addresses", () => {
    expect(emailField.parse("  Jane.Doe@Example.COM ")).toBe("jane.doe@example.com");
    expect(emailField.safeParse("not-an-email").error?.issues[0]?.message).toBe("emailInvalid");
  });

  it("normalises serial numbers and checks the AB123Z format", () => {
    expect(normalizeSerial(" ab 123-z ")).toBe("AB123Z");
    expect(serialField.parse("nw-100a")).toBe("NW100A");
    for (const bad of ["AB1234", "A1123Z", "AB12Z", "ABC23Z", "AB123ZZ", ""]) {
      expect(serialField.safeParse(bad).success, bad).toBe(false);
    }
  });
});
