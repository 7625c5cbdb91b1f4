"use server";

import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { requireUser } from "@/lib/dal/session";
import { clientIp } from "@/lib/request-info";
import { removeDevice } from "@/lib/account/devices";
import { serialField } from "@/lib/validations/fields";

// Account page: a plain form per device, so removing works without JavaScript.
export async function removeDeviceAction(form: FormData) {
  const user = await requireUser();
  const parsed = serialField.safeParse(form.get("serial") ?? "");
  const locale = await getLocale();
  // Only a device of the user's own is removed; for anything else the page says nothing happened.
  const removed = parsed.success && (await removeDevice(user.id, parsed.data, await clientIp()));
  redirect(`/${locale}/account${removed ? "?deviceRemoved=1" : ""}#devices`);
}
