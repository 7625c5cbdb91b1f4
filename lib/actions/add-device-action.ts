"use server";

import { requireUser } from "@/lib/dal/session";
import { clientIp } from "@/lib/request-info";
import { addDevice } from "@/lib/account/devices";
import type { ActionResult } from "@/lib/actions/result";
import { validationErrors, validationMessage } from "@/lib/actions/validation-errors";
import { addDeviceSchema, type AddDeviceInput } from "@/lib/validations/profile";

// Account page: another device by its nameplate serial (same rules as at registration).
export async function addDeviceAction(input: AddDeviceInput): Promise<ActionResult> {
  const user = await requireUser();
  const parsed = addDeviceSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: await validationErrors(parsed.error) };
  const outcome = await addDevice(user.id, parsed.data.serial, await clientIp());
  if (outcome.ok) return { ok: true };
  return { ok: false, fieldErrors: { serial: await validationMessage(outcome.problem) } };
}
