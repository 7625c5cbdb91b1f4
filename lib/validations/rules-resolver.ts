import type { FieldError, FieldValues, Resolver } from "react-hook-form";
import { toNestErrors, validateFieldsNatively } from "@hookform/resolvers";
import { checkForm } from "./rules/check";
import type { Fields, FormRules, ValuesOf } from "./rules/core";

/**
 * react-hook-form resolver for rule data (./rules/): the same answers as the server's zod schema
 * (first message key per field, normalised values) without shipping zod to the browser.
 */
export function rulesResolver<F extends Fields, T extends FieldValues = ValuesOf<F>>(
  rules: FormRules<F>,
): Resolver<T> {
  return async (values, _context, options) => {
    const result = checkForm(rules, values);
    if (result.ok) {
      if (options.shouldUseNativeValidation) validateFieldsNatively({}, options);
      return { values: result.values as unknown as T, errors: {} };
    }
    const errors: Record<string, FieldError> = Object.create(null);
    for (const { path, key } of result.issues) {
      errors[path.join(".")] ??= { type: "validation", message: key };
    }
    return { values: {}, errors: toNestErrors(errors, options) };
  };
}
