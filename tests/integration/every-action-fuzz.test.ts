import { readdirSync } from "node:fs";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import fc from "fast-check";
import { setClockOffset } from "@/lib/clock";
import * as profile from "@/lib/validations/profile";
import * as security from "@/lib/validations/security";
import * as signIn from "@/lib/validations/sign-in";
import * as staff from "@/lib/validations/staff";
import { contentSchema } from "@/lib/validations/content";
import { emailField } from "@/lib/validations/fields";
import { addDeviceAction } from "@/lib/actions/add-device-action";
import { addPasskeyAction } from "@/lib/actions/add-passkey-action";
import { approveRegistrationsAction } from "@/lib/actions/approve-registrations-action";
import { assignTemporaryPasswordAction } from "@/lib/actions/assign-temporary-password-action";
import { changePasswordAction } from "@/lib/actions/change-password-action";
import { changeUserEmailAction } from "@/lib/actions/change-user-email-action";
import { changeUserRoleAction } from "@/lib/actions/change-user-role-action";
import { completeProfileAction } from "@/lib/actions/complete-profile-action";
import { completeSecondStepAction } from "@/lib/actions/complete-second-step-action";
import { confirmTotpAction } from "@/lib/actions/confirm-totp-action";
import { confirmUserEmailAction } from "@/lib/actions/confirm-user-email-action";
import { deleteAccountAction } from "@/lib/actions/delete-account-action";
import { endOtherSessionsAction } from "@/lib/actions/end-other-sessions-action";
import { endSessionAction } from "@/lib/actions/end-session-action";
import { endUserSessionAction } from "@/lib/actions/end-user-session-action";
import { importDevicesAction } from "@/lib/actions/import-devices-action";
import { importLegacyAccountsAction } from "@/lib/actions/import-legacy-accounts-action";
import { passkeyRegistrationOptionsAction } from "@/lib/actions/passkey-registration-options-action";
import { passkeySignInAction } from "@/lib/actions/passkey-sign-in-action";
import { passkeySignInOptionsAction } from "@/lib/actions/passkey-sign-in-options-action";
import { regenerateRecoveryCodesAction } from "@/lib/actions/regenerate-recovery-codes-action";
import { rejectRegistrationsAction } from "@/lib/actions/reject-registrations-action";
import { removeDeviceAction } from "@/lib/actions/remove-device-action";
import { removePasskeyAction } from "@/lib/actions/remove-passkey-action";
import { removeTotpAction } from "@/lib/actions/remove-totp-action";
import { removeUserFactorsAction } from "@/lib/actions/remove-user-factors-action";
import { replaceTemporaryPasswordAction } from "@/lib/actions/replace-temporary-password-action";
import { requestEmailChangeAction } from "@/lib/actions/request-email-change-action";
import { resendUserConfirmationAction } from "@/lib/actions/resend-user-confirmation-action";
import { saveContentAction } from "@/lib/actions/save-content-action";
import { saveDeviceAction } from "@/lib/actions/save-device-action";
import { sendTestEmailAction } from "@/lib/actions/send-test-email-action";
import { setPasswordAction } from "@/lib/actions/set-password-action";
import { setUserDisabledAction } from "@/lib/actions/set-user-disabled-action";
import { signOutAction } from "@/lib/actions/sign-out-action";
import { signOutEverywhereAction } from "@/lib/actions/sign-out-everywhere-action";
import { signOutUserEverywhereAction } from "@/lib/actions/sign-out-user-everywhere-action";
import { unlockUserAction } from "@/lib/actions/unlock-user-action";
import { updateInterestsAction } from "@/lib/actions/update-interests-action";
import { updateProfileAction } from "@/lib/actions/update-profile-action";
import { freshIp } from "./support/auth-http";
import { newRequest, request } from "./support/next-request";
import { outcome, signedInCustomer, signedInStaff } from "./support/second-factor";
import { databaseFootprint, expectClearRefusal, inputOf } from "./support/fuzz";
import { leaveDatabaseTidy } from "./staff/fixtures";

vi.mock("next/headers", () => import("./support/next-request").then((m) => m.nextHeadersMock));
vi.mock("next-intl/server", () => import("./support/next-request").then((m) => m.nextIntlServerMock));
vi.mock("next/server", async (importOriginal) => ({
  ...(await importOriginal<object>()),
  after: (await import("./support/next-request")).afterMock,
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

// Every server action is an endpoint anyone can post anything to. For each one, called by the
// caller it is meant for (a customer, an admin with a second factor, or anyone), with fuzzed
// input: the answer is a clear translated refusal or the form's redirect, never an exception
// (Next.js would answer 500), and input its schema refuses writes nothing at all, audit included.

type Schema = { safeParse: (input: unknown) => { success: boolean } };
type Entry = {
  caller: "anyone" | "customer" | "admin";
  /** Sends the fuzzed value the way the form does (an object, or form fields). */
  call: (input: unknown) => Promise<unknown>;
  /** The fields the form posts (fuzzed among others). */
  keys: string[];
  /** The action's own validation: input it accepts may succeed, and may be recorded. */
  accepts: (input: unknown) => boolean;
};

const fieldsOf = (schema: object) => Object.keys((schema as { shape: object }).shape);
const by = (schema: Schema) => (input: unknown) => schema.safeParse(input).success;
const object = (
  caller: Entry["caller"],
  schema: Schema & object,
  action: (i: never) => Promise<unknown>,
) => ({
  caller,
  call: (input: unknown) => action(input as never),
  keys: fieldsOf(schema),
  accepts: by(schema),
});
const staffAction = (schema: Schema & object, action: (i: never) => Promise<unknown>) =>
  object("admin", schema, action);
const field = (input: unknown, key: string) =>
  typeof input === "object" && input !== null ? (input as Record<string, unknown>)[key] : undefined;
const withFlag = (schema: Schema, key: string, values: unknown[]) => (input: unknown) =>
  schema.safeParse(input).success && values.includes(field(input, key));

/** The fuzzed value as the fields of a posted form (what a browser can send is text). */
function formOf(input: unknown) {
  const form = new FormData();
  if (typeof input === "object" && input !== null)
    for (const [k, v] of Object.entries(input))
      form.set(k, typeof v === "string" ? v : (JSON.stringify(v) ?? ""));
  return form;
}

/** An upload form: the file's text and the mode are fuzzed. */
const upload = (action: (form: FormData) => Promise<unknown>) => ({
  caller: "admin" as const,
  call: (input: unknown) => {
    const form = formOf(input);
    const text = field(input, "file");
    if (typeof text === "string") form.set("file", new File([text], "fuzz.csv", { type: "text/csv" }));
    return action(form);
  },
  keys: ["file", "mode"],
  accepts: () => true, // judged after reading the file; a preview or an import with line errors is ok
});

const ACTIONS: Record<string, Entry> = {
  "add-device-action": object("customer", profile.addDeviceSchema, addDeviceAction),
  "add-passkey-action": object("customer", security.addPasskeySchema, addPasskeyAction),
  "change-password-action": object("customer", signIn.changePasswordSchema, changePasswordAction),
  "complete-profile-action": object("customer", profile.completeProfileSchema, completeProfileAction),
  "confirm-totp-action": object("customer", security.totpCodeSchema, confirmTotpAction),
  "delete-account-action": object("customer", profile.deleteAccountSchema, deleteAccountAction),
  "remove-passkey-action": object("customer", security.removePasskeySchema, removePasskeyAction),
  "remove-totp-action": object("customer", security.removeTotpSchema, removeTotpAction),
  "replace-temporary-password-action": object(
    "customer",
    signIn.newPasswordSchema,
    replaceTemporaryPasswordAction,
  ),
  "request-email-change-action": object("customer", profile.emailChangeSchema, requestEmailChangeAction),
  "update-interests-action": object("customer", profile.interestsSchema, updateInterestsAction),
  "update-profile-action": object("customer", profile.profileSchema, updateProfileAction),
  "end-session-action": {
    caller: "customer",
    call: (input) => endSessionAction(formOf(input)),
    keys: fieldsOf(security.sessionIdSchema),
    accepts: by(security.sessionIdSchema),
  },
  "remove-device-action": {
    caller: "customer",
    call: (input) => removeDeviceAction(formOf(input)),
    keys: ["serial"],
    accepts: (input) => by(profile.addDeviceSchema)({ serial: field(input, "serial") }),
  },
  "complete-second-step-action": object("anyone", security.secondStepSchema, completeSecondStepAction),
  "set-password-action": object("anyone", signIn.resetPasswordSchema, setPasswordAction),
  "passkey-sign-in-action": {
    caller: "anyone",
    call: (input) => passkeySignInAction(input as never),
    keys: ["response", "callbackUrl"],
    // Any text is tried as a passkey answer (and a failed try is counted and audited).
    accepts: (input) => typeof field(input, "response") === "string",
  },
  "send-test-email-action": {
    caller: "anyone",
    call: (input) => sendTestEmailAction(null, formOf(input)),
    keys: ["to"],
    accepts: (input) => by(emailField)(field(input, "to")),
  },
  "approve-registrations-action": staffAction(staff.approveSchema, approveRegistrationsAction),
  "reject-registrations-action": staffAction(staff.rejectSchema, rejectRegistrationsAction),
  "assign-temporary-password-action": staffAction(staff.userActionSchema, assignTemporaryPasswordAction),
  "change-user-email-action": staffAction(staff.changeEmailSchema, changeUserEmailAction),
  "change-user-role-action": staffAction(staff.changeRoleSchema, changeUserRoleAction),
  "confirm-user-email-action": staffAction(staff.userActionSchema, confirmUserEmailAction),
  "end-user-session-action": staffAction(staff.endUserSessionSchema, endUserSessionAction),
  "remove-user-factors-action": staffAction(staff.userActionSchema, removeUserFactorsAction),
  "resend-user-confirmation-action": staffAction(staff.userActionSchema, resendUserConfirmationAction),
  "sign-out-user-everywhere-action": staffAction(staff.userActionSchema, signOutUserEverywhereAction),
  "unlock-user-action": staffAction(staff.userActionSchema, unlockUserAction),
  "save-content-action": staffAction(contentSchema, saveContentAction),
  "save-device-action": {
    ...staffAction(staff.deviceSchema, saveDeviceAction),
    keys: [...fieldsOf(staff.deviceSchema), "mode"],
    accepts: withFlag(staff.deviceSchema, "mode", ["create", "update"]),
  },
  "set-user-disabled-action": {
    ...staffAction(staff.userActionSchema, setUserDisabledAction),
    keys: [...fieldsOf(staff.userActionSchema), "disabled"],
    accepts: withFlag(staff.userActionSchema, "disabled", [true, false]),
  },
  "import-devices-action": upload(importDevicesAction),
  "import-legacy-accounts-action": upload(importLegacyAccountsAction),
};

// Actions that take no input: whatever is posted, they have no parameter to read it through.
const WITHOUT_INPUT: Record<string, (...args: never[]) => Promise<unknown>> = {
  "end-other-sessions-action": endOtherSessionsAction,
  "passkey-registration-options-action": passkeyRegistrationOptionsAction,
  "passkey-sign-in-options-action": passkeySignInOptionsAction,
  "regenerate-recovery-codes-action": regenerateRecoveryCodesAction,
  "sign-out-action": signOutAction,
  "sign-out-everywhere-action": signOutEverywhereAction,
};

// The signed-out forms, fuzzed in ./actions-fuzz.test.ts.
const PUBLIC_FORMS = [
  "register-action",
  "sign-in-action",
  "request-password-reset-action",
  "resend-confirmation-action",
  "reset-password-action",
];

/** A cookie header for the caller: none, a new customer, or a new admin past the second step. */
async function cookieFor(caller: Entry["caller"]) {
  newRequest(freshIp());
  if (caller === "anyone") return "";
  await (caller === "admin" ? signedInStaff("ADMIN") : signedInCustomer());
  return request.headers.get("cookie")!;
}

afterEach(() => setClockOffset(0));
afterAll(() => leaveDatabaseTidy());

describe("every server action under fuzzed input", { timeout: 300_000 }, () => {
  it("covers every action there is", () => {
    const files = readdirSync(new URL("../../lib/actions", import.meta.url))
      .filter((f) => f.endsWith("-action.ts"))
      .map((f) => f.slice(0, -3));
    expect([...Object.keys(ACTIONS), ...Object.keys(WITHOUT_INPUT), ...PUBLIC_FORMS].sort()).toEqual(
      files.sort(),
    );
    for (const [name, action] of Object.entries(WITHOUT_INPUT)) expect(action.length, name).toBe(0);
  });

  for (const [name, entry] of Object.entries(ACTIONS)) {
    it(`${name} (${entry.caller})`, async () => {
      const cookie = await cookieFor(entry.caller);
      await fc.assert(
        fc.asyncProperty(inputOf(entry.keys), async (input) => {
          newRequest(freshIp(), cookie ? { cookie } : {});
          const before = await databaseFootprint();
          const answer = await outcome(entry.call(input));
          if ("digest" in answer) {
            // The form's own redirect (or a 404), as for any post.
            expect(answer.digest).toMatch(/^NEXT_(REDIRECT|HTTP_ERROR_FALLBACK;404)/);
          } else if ((answer.result as { ok?: boolean }).ok) {
            expect(entry.accepts(input), JSON.stringify(input)?.slice(0, 200)).toBe(true);
          } else expectClearRefusal(answer.result);
          if (!entry.accepts(input)) expect(await databaseFootprint()).toEqual(before);
        }),
        { numRuns: 40 },
      );
    });
  }
});
