"use server";

import { importDevices, previewDeviceImport } from "@/lib/dal/staff/device-import";
import { importFileSchema, readImportFile } from "./import-file";
import { runStaffAction } from "./staff-action-runner";

/** Checks ("preview") or imports a registry CSV. Admins only. */
export async function importDevicesAction(form: FormData) {
  return runStaffAction({
    schema: importFileSchema,
    input: () => readImportFile(form),
    adminOnly: true,
    run: async ({ actor, data, ip }) => {
      const result =
        data.mode === "preview"
          ? await previewDeviceImport({ actor, text: data.text })
          : await importDevices({ actor, text: data.text, mode: data.mode, ip, fileName: data.fileName });
      const { valid: _valid, ...summary } = result;
      return { summary };
    },
  });
}
