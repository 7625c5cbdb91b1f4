import "server-only";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import type { $ZodError } from "zod/v4/core";
import { requireAdmin, requireStaff } from "@/lib/dal/staff-access";
import { StaffError, type StaffActor } from "@/lib/dal/staff/actor";
import { clientIp } from "@/lib/request-info";
import type { ActionResult, FieldErrors } from "./result";
import { validationErrors } from "./validation-errors";

type Schema<T> = {
  safeParse: (input: unknown) => { success: true; data: T } | { success: false; error: $ZodError };
};

type Options<T, R> = {
  schema: Schema<T>;
  /** The input, or a function reading it (an upload is read only after the role check). */
  input: unknown;
  /** Role management and bulk imports. */
  adminOnly?: boolean;
  run: (ctx: { actor: StaffActor; data: T; ip: string }) => Promise<R>;
};

// Where StaffError codes that concern one field are shown.
const FIELD_OF: Partial<Record<StaffError["code"], string>> = {
  emailTaken: "newEmail",
  sameEmail: "newEmail",
};

/**
 * The shape of every staff action: the role is checked first (a 404 for everyone else, like the
 * pages), then the input, then the command runs; refusals come back as translated messages.
 */
export async function runStaffAction<T, R extends object>({
  schema,
  input,
  adminOnly,
  run,
}: Options<T, R>): Promise<ActionResult<R>> {
  const actor = adminOnly ? await requireAdmin() : await requireStaff();
  const parsed = schema.safeParse(typeof input === "function" ? await input() : input);
  if (!parsed.success) return { ok: false, fieldErrors: await validationErrors(parsed.error) };
  try {
    const result = await run({ actor, data: parsed.data, ip: await clientIp() });
    // The console header counts pending reviews: every page of the console may show new figures.
    revalidatePath("/[locale]/admin", "layout");
    return { ok: true, ...result };
  } catch (e) {
    if (!(e instanceof StaffError)) throw e;
    const t = await getTranslations("admin.errors");
    const message = t(e.code);
    const field = FIELD_OF[e.code];
    const fieldErrors: FieldErrors = field ? { [field]: message } : {};
    return { ok: false, fieldErrors, formError: field ? undefined : message };
  }
}
