import { CredentialsSignin } from "next-auth";

// Why a sign-in did not succeed. "invalid" covers unknown identifiers, wrong passwords and
// blocked accounts alike; the status codes are only ever given after a correct password.
export type SignInCode = "invalid" | "rate_limited" | "pending_email" | "pending_review" | "contact_support";

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
]);

export function signInCode(code: unknown): SignInCode {
  return typeof code === "string" && CODES.has(code) ? (code as SignInCode) : "invalid";
}
