import { beforeEach, describe, expect, it, vi } from "vitest";
import fc from "fast-check";
import { signInAction } from "@/lib/actions/sign-in-action";
import { registerAction } from "@/lib/actions/register-action";
import { requestPasswordResetAction } from "@/lib/actions/request-password-reset-action";
import { resendConfirmationAction } from "@/lib/actions/resend-confirmation-action";
import { resetPasswordAction } from "@/lib/actions/reset-password-action";
import { GET as serialCheck } from "@/app/api/serials/[serial]/route";
import { freshIp } from "./support/auth-http";
import { newRequest, runAfterTasks } from "./support/next-request";
import { footprint } from "../support/registration";
import { expectClearRefusal, inputOf, nasty } from "./support/fuzz";
import { db } from "@/lib/db";

vi.mock("next/headers", () => import("./support/next-request").then((m) => m.nextHeadersMock));
vi.mock("next-intl/server", () => import("./support/next-request").then((m) => m.nextIntlServerMock));
vi.mock("next/server", async (importOriginal) => ({
  ...(await importOriginal<object>()),
  after: (await import("./support/next-request")).afterMock,
}));

// Server actions are public endpoints: whatever a client posts — wrong types, missing fields,
// huge strings, NUL, CRLF, mixed scripts — the answer is an ActionResult with a clear message,
// never an exception (which Next.js would turn into a 500), and nothing is written. These are the
// forms of the signed-out; ./every-action-fuzz.test.ts does every other action.

/** Runs the action on fuzzed input: never throws, refuses clearly, and writes nothing. */
async function fuzz(keys: string[], action: (input: never) => Promise<unknown>, numRuns: number) {
  const before = await footprint();
  await fc.assert(
    fc.asyncProperty(inputOf(keys), async (input) => {
      newRequest(freshIp());
      const result = await action(input as never);
      expectClearRefusal(result);
      await runAfterTasks();
    }),
    { numRuns },
  );
  expect(await footprint()).toEqual(before);
}

beforeEach(() => newRequest(freshIp()));

describe("server actions under fuzzed input", { timeout: 300_000 }, () => {
  it("register", () =>
    fuzz(
      [
        "email",
        "password",
        "passwordConfirm",
        "firstName",
        "lastName",
        "company",
        "country",
        "serial",
        "interests",
        "acceptTerms",
        "salutation",
        "locale",
        "phone",
      ],
      registerAction,
      40,
    ));

  it("sign-in", () => fuzz(["identifier", "password", "remember", "callbackUrl"], signInAction, 60));

  it("forgot password", () => fuzz(["email"], requestPasswordResetAction, 100));

  it("reset password", () => fuzz(["token", "password", "confirm"], resetPasswordAction, 60));

  it("resend confirmation (held to 400 ms per answer)", () => fuzz(["email"], resendConfirmationAction, 15));

  it("a complete registration with one poisoned field is refused on that field", async () => {
    const valid = {
      email: "fuzz-valid@northwind.example",
      password: "violet tractor humming quietly",
      passwordConfirm: "violet tractor humming quietly",
      salutation: "MS",
      firstName: "Jane",
      lastName: "Doe",
      company: "Northwind Energy",
      country: "DE",
      phone: "",
      locale: "en",
      serial: "NW100A",
      interests: [],
      acceptTerms: true,
    };
    const before = await footprint();
    for (const [field, poison] of [
      ["firstName", "Jane\r\nBcc: victim@example.com"],
      ["lastName", "Do\u0000e"],
      ["company", "x".repeat(10_000)],
      ["email", "jane@northwind.example\r\nBcc: victim@example.com"],
      ["serial", "NW100A\u0000"],
      ["country", "ZZ"],
      ["interests", ["x".repeat(100)]],
      ["acceptTerms", "true"],
    ] as const) {
      newRequest(freshIp());
      const result = await registerAction({ ...valid, [field]: poison });
      expectClearRefusal(result);
      const fields = Object.keys((result as { fieldErrors: object }).fieldErrors);
      expect(
        fields.some((f) => f === field || f.startsWith(`${field}.`)),
        fields.join(),
      ).toBe(true);
    }
    expect(await footprint()).toEqual(before);
    expect(await db.user.count({ where: { email: valid.email } })).toBe(0);
  });
});

describe("serial check route handler under fuzzed input", () => {
  it("answers 200 with a state, or 429, never a 500", async () => {
    await fc.assert(
      fc.asyncProperty(nasty, async (serial) => {
        newRequest(freshIp());
        const res = await serialCheck(new Request("http://localhost/api/serials/x"), {
          params: Promise.resolve({ serial }),
        });
        expect([200, 429]).toContain(res.status);
        const body = (await res.json()) as { state: string };
        expect(typeof body.state).toBe("string");
      }),
      { numRuns: 200 },
    );
  });
});
