import "server-only";
import type { $ZodError } from "zod/v4/core";
import { getTranslations } from "next-intl/server";
import { fieldErrorsFrom } from "./result";

/** An action's zod errors, translated into the request's language. */
export async function validationErrors(error: $ZodError) {
  const t = await getTranslations("validation");
  return fieldErrorsFrom(error, (key) => t(key as never));
}

/** One translated validation message (e.g. a server-side password-policy problem). */
export async function validationMessage(key: string) {
  const t = await getTranslations("validation");
  return t(key as never);
}
