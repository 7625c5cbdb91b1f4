import { zodText } from "./zod-from-rules";
import { emailRule, passwordRule, requiredTextRule, serialRule } from "./rules/fields";

// The shared field rules (./rules/fields.ts) as zod schemas, for server code that checks single
// values. Client code imports the rules, never this file (it would bring zod to the browser).

export { normalizeSerial, PASSWORD_MAX, PASSWORD_MIN, SERIAL_PATTERN } from "./rules/fields";

export const emailField = zodText(emailRule);
export const passwordField = zodText(passwordRule);
export const serialField = zodText(serialRule);
export const requiredText = (max = 100) => zodText(requiredTextRule(max));
