// A complete, valid wizard submission, without any server module: the integration tests pass it to
// the action, the ops tests and the load script post it over HTTP.
import { randomUUID } from "node:crypto";
import type { RegistrationInput } from "@/lib/validations/registration";

export const PASSWORD = "violet tractor humming quietly";

/** A complete, valid wizard submission with a fresh address. */
export function registration(over: Partial<RegistrationInput> = {}): RegistrationInput {
  return {
    email: `reg-${randomUUID().slice(0, 8)}@northwind.example`,
    password: PASSWORD,
    passwordConfirm: PASSWORD,
    salutation: "MS",
    firstName: "Jane",
    lastName: "Doe",
    company: "Northwind Energy",
    country: "DE",
    phone: "+49 89 1234567",
    locale: "de",
    serial: "NW100A",
    interests: ["protection-testing", "power-quality"],
    acceptTerms: true,
    ...over,
  };
}
