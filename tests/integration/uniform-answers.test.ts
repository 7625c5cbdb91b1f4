import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { signInAction } from "@/lib/actions/sign-in-action";
import { registerAction } from "@/lib/actions/register-action";
import { requestPasswordResetAction } from "@/lib/actions/request-password-reset-action";
import { resendConfirmationAction } from "@/lib/actions/resend-confirmation-action";
import { createUser, freshIp } from "./support/auth-http";
import { newRequest } from "./support/next-request";
import { registration } from "../support/registration";

vi.mock("next/headers", () => import("./support/next-request").then((m) => m.nextHeadersMock));
vi.mock("next-intl/server", () => import("./support/next-request").then((m) => m.nextIntlServerMock));
vi.mock("next/server", async (importOriginal) => ({
  ...(await importOriginal<object>()),
  after: (await import("./support/next-request")).afterMock,
}));

// No enumeration (ASVS V6.3.8, NIST 800-63B-4 §3.2.2): registration, resend-confirmation,
// forgot-password and sign-in give an existing and an unknown account the same answer in the same
// time. Timing: A and B alternate in ABBA order (so drift on a busy machine hits both alike) and
// the medians must lie within 15 ms. Removing the dummy argon2 verify for unknown identifiers
// (lib/auth/authorize.ts) makes the sign-in case fail by a wide margin.

const TRIALS = Number(process.env.UNIFORM_TRIALS ?? 500);
// Registration and resend hold every answer to a floor (500 / 400 ms): 100 trials tell as much
// as 500 and take a minute instead of four.
const FLOORED_TRIALS = Number(process.env.UNIFORM_FLOORED_TRIALS ?? 100);
const MAX_MEDIAN_GAP_MS = 15;

async function call<T>(action: () => Promise<T>): Promise<T | { redirect: string }> {
  try {
    return await action();
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? "";
    if (!digest.startsWith("NEXT_REDIRECT")) throw error;
    return { redirect: digest };
  }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return (s[Math.floor((s.length - 1) / 2)]! + s[Math.ceil((s.length - 1) / 2)]!) / 2;
};

/** Runs `trials` calls alternating A and B (ABBA…), each from a fresh client address. */
async function alternate(
  trials: number,
  a: (i: number) => Promise<unknown>,
  b: (i: number) => Promise<unknown>,
) {
  const times = { a: [] as number[], b: [] as number[] };
  const answers = { a: new Set<string>(), b: new Set<string>() };
  const run = async (kind: "a" | "b", i: number) => {
    newRequest(freshIp());
    const start = performance.now();
    const answer = await (kind === "a" ? a : b)(i);
    times[kind].push(performance.now() - start);
    answers[kind].add(JSON.stringify(answer));
  };
  for (let i = 0; i < 4; i++) await run(i % 2 ? "b" : "a", -1 - i); // warm-up, discarded
  times.a.length = times.b.length = 0;
  for (let i = 0; i < trials / 2; i++) {
    const order: Array<"a" | "b"> = i % 2 ? ["b", "a"] : ["a", "b"];
    for (const kind of order) await run(kind, i);
  }
  const gap = Math.abs(median(times.a) - median(times.b));
  return { gap, medianA: median(times.a), medianB: median(times.b), answers };
}

let known: Awaited<ReturnType<typeof createUser>>[] = [];
let pending: Awaited<ReturnType<typeof createUser>>;

beforeAll(async () => {
  // Five wrong passwords per account stay below the per-account delay (from the 6th failure).
  known = await Promise.all(Array.from({ length: Math.ceil(TRIALS / 2 / 5) + 2 }, () => createUser()));
  pending = await createUser({ status: "PENDING_EMAIL" });
});
afterAll(() => newRequest(freshIp()));

// Hundreds of timed calls each: minutes on a busy machine, not the usual 60 s.
describe("the same answer in the same time for existing and unknown accounts", { timeout: 600_000 }, () => {
  it(`sign-in: wrong password vs unknown identifier (${TRIALS} trials)`, async () => {
    const res = await alternate(
      TRIALS,
      (i) =>
        call(() =>
          signInAction({
            identifier: known[Math.max(0, i) % known.length]!.email,
            password: "wrong password 1",
            remember: false,
          }),
        ),
      (i) =>
        call(() =>
          signInAction({
            identifier: `nobody-${Math.max(0, i) % known.length}-${known[0]!.email}`,
            password: "wrong password 1",
            remember: false,
          }),
        ),
    );
    console.info(`sign-in medians ${res.medianA.toFixed(1)} / ${res.medianB.toFixed(1)} ms`);
    expect([...res.answers.a]).toEqual([...res.answers.b]);
    expect(res.answers.a.size).toBe(1);
    expect(res.gap).toBeLessThan(MAX_MEDIAN_GAP_MS);
  });

  it(`registration: taken address vs new address (${FLOORED_TRIALS} trials)`, async () => {
    const res = await alternate(
      FLOORED_TRIALS,
      () => call(() => registerAction(registration({ email: known[0]!.email }))),
      () => call(() => registerAction(registration())),
    );
    console.info(`registration medians ${res.medianA.toFixed(1)} / ${res.medianB.toFixed(1)} ms`);
    expect([...res.answers.a]).toEqual([...res.answers.b]);
    expect([...res.answers.a]).toEqual([JSON.stringify({ ok: true })]);
    expect(res.gap).toBeLessThan(MAX_MEDIAN_GAP_MS);
  });

  it(`forgot password: known vs unknown address (${TRIALS} trials)`, async () => {
    const res = await alternate(
      TRIALS,
      () => call(() => requestPasswordResetAction({ email: known[1]!.email })),
      () => call(() => requestPasswordResetAction({ email: `nobody-${known[1]!.email}` })),
    );
    console.info(`forgot-password medians ${res.medianA.toFixed(1)} / ${res.medianB.toFixed(1)} ms`);
    // The answer echoes the address typed in; apart from that it is one and the same.
    const strip = (set: Set<string>) => [...set].map((s) => s.replace(/"email":"[^"]*"/, '"email":"…"'));
    expect(new Set(strip(res.answers.a))).toEqual(new Set(strip(res.answers.b)));
    expect(res.answers.a.size).toBe(1);
    expect(res.gap).toBeLessThan(MAX_MEDIAN_GAP_MS);
  });

  it(`resend confirmation: unconfirmed vs unknown address (${FLOORED_TRIALS} trials)`, async () => {
    const res = await alternate(
      FLOORED_TRIALS,
      () => call(() => resendConfirmationAction({ email: pending.email })),
      () => call(() => resendConfirmationAction({ email: `nobody-${pending.email}` })),
    );
    console.info(`resend medians ${res.medianA.toFixed(1)} / ${res.medianB.toFixed(1)} ms`);
    expect([...res.answers.a]).toEqual([...res.answers.b]);
    expect([...res.answers.a]).toEqual([JSON.stringify({ ok: true })]);
    expect(res.gap).toBeLessThan(MAX_MEDIAN_GAP_MS);
  });

  it("wrote nothing for the unknown addresses", async () => {
    expect(await db.user.count({ where: { email: { startsWith: "nobody-" } } })).toBe(0);
    expect(await db.emailOutbox.count({ where: { to: { startsWith: "nobody-" } } })).toBe(0);
  });
});
