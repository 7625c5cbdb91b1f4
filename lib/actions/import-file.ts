import "server-only";
import * as z from "zod/mini";
import { IMPORT_MODES } from "@/lib/validations/staff";
import { NO_CONTROL_CHARACTERS } from "@/lib/validations/rules/fields";

// Server actions accept 1 MB bodies (Next.js default); the form checks the size before sending.
export const MAX_IMPORT_BYTES = 900_000;

export const importFileSchema = z.object({
  mode: z.enum([...IMPORT_MODES, "preview"], "invalid"),
  // Kept in the audit log: no control characters (PostgreSQL refuses NUL even inside JSON).
  fileName: z.string().check(z.maxLength(255, "tooLong"), z.regex(NO_CONTROL_CHARACTERS, "invalid")),
  size: z.number().check(z.maximum(MAX_IMPORT_BYTES, "fileTooLarge")),
  // Any bytes: each line is checked against the import's own field rules.
  text: z.string().check(z.minLength(1, "fileRequired")),
});

/** The uploaded file as text (UTF-8) and the chosen mode, for importFileSchema. */
export async function readImportFile(form: FormData) {
  const file = form.get("file");
  const upload = file instanceof Blob ? (file as File) : null;
  const fits = !!upload && upload.size <= MAX_IMPORT_BYTES;
  return {
    mode: form.get("mode"),
    fileName: upload?.name?.slice(0, 255) ?? "",
    size: upload?.size ?? 0,
    text: fits ? await upload.text() : "",
  };
}
