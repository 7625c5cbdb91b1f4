"use server";

import { importLegacyAccounts } from "@/lib/dal/staff/legacy-accounts";
import { importFileSchema, readImportFile } from "./import-file";
import { runStaffAction } from "./staff-action-runner";

/** Checks ("preview") or imports an export of the old customer area. Admins only. */
export async function importLegacyAccountsAction(form: FormData) {
  return runStaffAction({
    schema: importFileSchema,
    input: () => readImportFile(form),
    adminOnly: true,
    run: async ({ actor, data, ip }) => {
      const { valid: _valid, ...summary } = await importLegacyAccounts({
        actor,
        text: data.text,
        mode: data.mode,
        ip,
        fileName: data.fileName,
      });
      return { summary };
    },
  });
}
