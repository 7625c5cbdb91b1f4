// Who may open exclusive content (software updates, the knowledge library; FAQ 1.1). Pure, so the
// rule is covered by unit tests; the route and page gather the facts.

export type ExclusiveAccess = "ok" | "signIn" | "completeProfile";

export type AccessFacts = {
  /** A signed-in, active account (lib/dal/session.ts only returns those). */
  signedIn: boolean;
  /** A migrated legacy account whose profile is not completed yet. */
  profilePending: boolean;
};

export function exclusiveAccess(exclusive: boolean, facts: AccessFacts): ExclusiveAccess {
  if (!exclusive) return "ok";
  if (!facts.signedIn) return "signIn";
  if (facts.profilePending) return "completeProfile";
  return "ok";
}
