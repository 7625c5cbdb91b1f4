"use server";

import * as z from "zod/mini";
import { getTranslations } from "next-intl/server";
import { deviceSchema } from "@/lib/validations/staff";
import { saveDevice } from "@/lib/dal/staff/device-registry";
import { runStaffAction } from "./staff-action-runner";

const schema = z.extend(deviceSchema, { mode: z.enum(["create", "update"]) });

/** Adds a device to the registry or changes one. */
export async function saveDeviceAction(input: {
  serial: string;
  product: string;
  company?: string;
  domains?: string;
  mode: "create" | "update";
}) {
  const t = await getTranslations("validation");
  return runStaffAction({
    schema,
    input,
    run: async ({ actor, data: { mode, ...device }, ip }) => {
      const result = await saveDevice({ actor, mode, input: device, ip });
      if (result.ok) return { serial: result.serial, errors: {} as Record<string, string> };
      // Line errors of the registry rules, as field errors of the one-line form.
      return {
        serial: null,
        errors: Object.fromEntries(
          result.errors.map((e) => [e.field, t(e.code as never, { value: e.value ?? "" } as never)]),
        ),
      };
    },
  });
}
