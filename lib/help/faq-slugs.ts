// The FAQ entries, in the seeds' order. Slugs are the same in every language and are part of
// public links (/<locale>/help/<slug> and /<locale>/help#<slug>): never rename one.
//
// Where the product links to them with <HelpLink slug=…> (components/help/help-link.tsx):
//   serial number field              → product-serial-number (1.4)
//   "check your inbox" page          → no-confirmation-email (1.6)
//   broken or expired confirmation   → confirmation-link-broken (1.7); also on the not-found page
//   registration awaiting review     → registration-not-accepted (1.8)
//   sign-in page                     → forgot-username (2.2) and stay-signed-in (2.7)
//   "reset e-mail sent" notice       → no-reset-email (2.5)
//   expired or used reset link       → reset-link-broken (2.6); also on the not-found page
//   account page, security section   → authenticator-app (3.2)
//   second-step page                 → lost-second-factor (3.4)
export const FAQ_SECTIONS = {
  registration: [
    "why-register",
    "how-registration-works",
    "cannot-submit-registration",
    "product-serial-number",
    "why-confirm-email",
    "no-confirmation-email",
    "confirmation-link-broken",
    "registration-not-accepted",
    "migrate-customer-area-account",
  ],
  login: [
    "forgot-password",
    "forgot-username",
    "forgot-email-and-username",
    "no-access-to-email",
    "no-reset-email",
    "reset-link-broken",
    "stay-signed-in",
  ],
  // Not in the seeds: second factors and signed-in browsers (account page, second-step page).
  security: ["passkeys", "authenticator-app", "recovery-codes", "lost-second-factor", "active-sessions"],
} as const;

export type FaqSection = keyof typeof FAQ_SECTIONS;
export type FaqSlug = (typeof FAQ_SECTIONS)[FaqSection][number];
export const FAQ_SLUGS: FaqSlug[] = Object.values(FAQ_SECTIONS).flat();

export const FAQ_SECTION_IDS = Object.keys(FAQ_SECTIONS) as FaqSection[];

export function isFaqSlug(value: string): value is FaqSlug {
  return (FAQ_SLUGS as string[]).includes(value);
}

/** The section an entry belongs to and its number as the FAQ prints it ("1.4"). */
export function faqPosition(slug: FaqSlug): { section: FaqSection; number: string } {
  for (const [i, section] of FAQ_SECTION_IDS.entries()) {
    const at = (FAQ_SECTIONS[section] as readonly string[]).indexOf(slug);
    if (at !== -1) return { section, number: `${i + 1}.${at + 1}` };
  }
  throw new Error(`Unknown FAQ entry: ${slug}`);
}
