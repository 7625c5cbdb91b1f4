import { describe, expect, it } from "vitest";
import { asciiFold, usernameBase } from "@/lib/registration/username";
import { estimateStrength } from "@/components/registration/password-strength";
import {
  FIELD_STEP,
  registrationSchema,
  registrationSteps,
  STEP_ORDER,
} from "@/lib/validations/registration";

const valid = {
  email: " Jane.Doe@Northwind.Example ",
  password: "correct horse battery staple",
  passwordConfirm: "correct horse battery staple",
  salutation: "MS",
  firstName: " Jane ",
  lastName: "Doe",
  company: "Northwind Energy",
  country: "DE",
  phone: "",
  locale: "de",
  serial: "nw 100-a",
  interests: ["protection-testing"],
  acceptTerms: true,
};

const messages = (input: unknown) =>
  Object.fromEntries(
    (registrationSchema.safeParse(input).error?.issues ?? []).map((i) => [i.path.join("."), i.message]),
  );

describe("registration schema", () => {
  it("normalises what people type", () => {
    expect(registrationSchema.parse(valid)).toMatchObject({
      email: "jane.doe@northwind.example",
      firstName: "Jane",
      serial: "NW100A",
    });
  });

  it("answers each mistake with a translation key on its field", () => {
    expect(
      messages({
        ...valid,
        email: "nope",
        passwordConfirm: "something else entirely",
        country: "XX",
        phone: "call me",
        serial: "AB12",
        acceptTerms: false,
      }),
    ).toEqual({
      email: "emailInvalid",
      passwordConfirm: "passwordMismatch",
      country: "required",
      phone: "phoneInvalid",
      serial: "serialFormat",
      acceptTerms: "termsRequired",
    });
    expect(messages({ ...valid, passwordConfirm: "something else entirely" })).toEqual({
      passwordConfirm: "passwordMismatch",
    });
  });

  it("accepts 64-character passwords and caps them at 256", () => {
    const long = "x".repeat(64);
    expect(messages({ ...valid, password: long, passwordConfirm: long })).toEqual({});
    const tooLong = "x".repeat(257);
    expect(messages({ ...valid, password: tooLong, passwordConfirm: tooLong })).toEqual({
      password: "passwordTooLong",
    });
  });

  it("has one schema per step, and every field belongs to exactly one step", () => {
    expect(Object.keys(registrationSteps)).toEqual(STEP_ORDER);
    expect(Object.keys(FIELD_STEP).sort()).toEqual(Object.keys(valid).sort());
    expect(registrationSteps.device.safeParse({ serial: "nw100a" }).success).toBe(true);
  });
});

describe("generated usernames", () => {
  it("use the first initial and the last name, folded to ASCII", () => {
    expect(usernameBase("Jürgen", "Müller-Lüdenscheidt")).toBe("jmuellerluedenscheidt");
    expect(usernameBase("José", "Núñez")).toBe("jnunez");
    expect(usernameBase("Åsa", "Øster")).toBe("aoster");
    expect(asciiFold("Straße")).toBe("strasse");
  });

  it("fall back to a neutral base when the name has no Latin letters", () => {
    expect(usernameBase("李", "王")).toBe("user");
  });
});

describe("password strength meter", () => {
  it("only guides: too short, repetitive, then longer and more varied is stronger", () => {
    expect(estimateStrength("short")).toBe(0);
    expect(estimateStrength("aaaaaaaaaaaaaaaa")).toBe(1);
    expect(estimateStrength("abcdefghijkl")).toBe(1);
    expect(estimateStrength("violet tractor humming")).toBeGreaterThanOrEqual(3);
    expect(estimateStrength("Violet tractor humming quietly 42!")).toBe(4);
  });
});
