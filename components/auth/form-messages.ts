import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import type { FieldErrors } from "@/lib/actions/result";

/** Validation texts (the `validation` namespace) handed from the server page to a client form. */
export type ValidationTexts = Record<string, string>;

/**
 * Client-side zod errors carry a key ("required"); server errors arrive translated. Either way
 * the text to show.
 */
export function errorText(texts: ValidationTexts, message: string | undefined) {
  if (!message) return undefined;
  return texts[message] ?? message;
}

/** Puts an action's field errors on the form's fields and focuses the first. */
export function applyFieldErrors<T extends FieldValues>(setError: UseFormSetError<T>, errors: FieldErrors) {
  Object.entries(errors).forEach(([field, message], i) =>
    setError(field as Path<T>, { type: "server", message }, { shouldFocus: i === 0 }),
  );
}
