import type { LimitRule } from "@/lib/rate-limit";

// Throttling rules of the registration flow (lib/rate-limit.ts, shared by all instances).
export const LIMITS = {
  // Submissions per client address: generous enough for an office behind one NAT.
  registerPerIp: { name: "register-ip", rule: { points: 30, durationSec: 15 * 60 } },
  // "Someone tried to register with your address" e-mails: at most one an hour per address.
  takenNoticePerEmail: { name: "register-taken-notice", rule: { points: 1, durationSec: 60 * 60 } },
  // Live serial look-ups while typing (debounced in the browser).
  serialCheckPerIp: { name: "serial-check-ip", rule: { points: 60, durationSec: 60 } },
  // "Send the confirmation again": per address and per client address.
  resendPerEmail: { name: "resend-confirmation-email", rule: { points: 3, durationSec: 60 * 60 } },
  resendPerIp: { name: "resend-confirmation-ip", rule: { points: 10, durationSec: 15 * 60 } },
} satisfies Record<string, { name: string; rule: LimitRule }>;
