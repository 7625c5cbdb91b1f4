import "server-only";
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import { adjacencyGraphs, dictionary } from "@zxcvbn-ts/language-common";

// Server-side password checks beyond length (OWASP ASVS 5.0 / NIST 800-63B): not among ~49,000
// common and breached passwords, not built from the user's e-mail address, and not trivially
// guessable (zxcvbn score below 3). The dictionaries stay on the server, out of page bundles.
const estimator = new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs });

const common = new Set(dictionary["passwords-common"].map((p) => String(p).toLowerCase()));

export type PasswordProblem = "passwordCommon" | "passwordContainsEmail" | "passwordWeak";

export function passwordProblem(
  password: string,
  context: { email?: string; names?: string[] } = {},
): PasswordProblem | null {
  const lower = password.toLowerCase();
  if (common.has(lower) || common.has(lower.replace(/[\d!.?]+$/, ""))) return "passwordCommon";
  const local = context.email?.split("@")[0]?.toLowerCase();
  if (local && local.length >= 3 && lower.includes(local)) return "passwordContainsEmail";
  const userInputs = [local, ...(context.names ?? [])].filter((s): s is string => !!s && s.length >= 3);
  if (estimator.check(password.slice(0, 100), userInputs).score < 3) return "passwordWeak";
  return null;
}
