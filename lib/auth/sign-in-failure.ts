import { CredentialsSignin } from "next-auth";

// Why a sign-in did not succeed. "invalid" covers unknown identifiers, wrong passwords and
// blocked accounts alike; the status codes are only ever given after a correct password.
export type SignInCode =
  | "invalid"
  | "rate_limited"
  | "pending_email"
  | "pending_review"
  | "contact_support"
  // the password was right; the second step comes next (pending-sign-in cookie set)
  | "second_factor"
  // second step: wrong code, or the pending sign-in expired / was already used
  | "invalid_code"
  | "pending_expired";

export class SignInFailure extends CredentialsSignin {
  constructor(code: SignInCode) {
    super();
    this.code = code;
  }
}

const CODES = new Set<string>([
  "invalid",
  "rate_limited",
  "pending_email",
  "pending_review",
  "contact_support",
  "second_factor",
  "invalid_code",
  "pending_expired",
]);

export function signInCode(code: unknown): SignInCode {
  return typeof code === "string" && CODES.has(code) ? (code as SignInCode) : "invalid";
}
