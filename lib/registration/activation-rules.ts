// Whether a freshly confirmed registration is activated at once or waits for staff review, and
// why. Pure: the caller gathers the facts (lib/registration/confirm-email.ts), so every rule is
// covered by plain unit tests (tests/unit/activation-rules.test.ts).

export type ActivationReason =
  | "legacy_account" // the address belongs to a not yet migrated account of the old customer area
  | "matching_domain" // the e-mail domain is one of the domains of the company owning the device
  | "serial_unknown" // the device left the registry between registration and confirmation
  | "serial_without_company" // the device is in the registry but belongs to no company
  | "free_mail_provider" // gmail.com & co.: anybody can have such an address
  | "serial_other_company" // the e-mail domain belongs to a different company than the device
  | "unknown_domain"; // the e-mail domain belongs to no company we know

export type ActivationDecision = { outcome: "ACTIVE" | "PENDING_REVIEW"; reason: ActivationReason };

export type ActivationFacts = {
  email: string;
  /** An unmigrated LegacyAccount with this e-mail address exists. */
  legacyAccount: boolean;
  /** The registered device; null when its serial is no longer in the registry. */
  device: { companyId: string | null } | null;
  /** Companies with a CompanyDomain equal to the e-mail's domain or a parent of it. */
  emailDomainCompanyIds: readonly string[];
};

// Addresses anybody can create: they prove nothing about the employer.
export const FREE_MAIL_DOMAINS: ReadonlySet<string> = new Set([
  "aol.com",
  "gmail.com",
  "googlemail.com",
  "gmx.at",
  "gmx.ch",
  "gmx.de",
  "gmx.net",
  "hotmail.com",
  "hotmail.de",
  "hotmail.es",
  "icloud.com",
  "live.com",
  "mail.com",
  "me.com",
  "msn.com",
  "outlook.com",
  "outlook.de",
  "outlook.es",
  "posteo.de",
  "proton.me",
  "protonmail.com",
  "t-online.de",
  "web.de",
  "yahoo.com",
  "yahoo.de",
  "yahoo.es",
  "yandex.com",
  "zoho.com",
]);

export function emailDomain(email: string) {
  return email.slice(email.lastIndexOf("@") + 1).toLowerCase();
}

/** "mail.northwind.example" → ["mail.northwind.example", "northwind.example"] (never a bare TLD). */
export function domainAndParents(domain: string) {
  const labels = domain.split(".");
  return labels.slice(0, -1).map((_, i) => labels.slice(i).join("."));
}

export function decideActivation(facts: ActivationFacts): ActivationDecision {
  if (facts.legacyAccount) return { outcome: "ACTIVE", reason: "legacy_account" };
  const { device } = facts;
  if (!device) return { outcome: "PENDING_REVIEW", reason: "serial_unknown" };
  if (!device.companyId) return { outcome: "PENDING_REVIEW", reason: "serial_without_company" };
  if (facts.emailDomainCompanyIds.includes(device.companyId)) {
    return { outcome: "ACTIVE", reason: "matching_domain" };
  }
  if (FREE_MAIL_DOMAINS.has(emailDomain(facts.email))) {
    return { outcome: "PENDING_REVIEW", reason: "free_mail_provider" };
  }
  if (facts.emailDomainCompanyIds.length > 0) {
    return { outcome: "PENDING_REVIEW", reason: "serial_other_company" };
  }
  return { outcome: "PENDING_REVIEW", reason: "unknown_domain" };
}

/** Which explanation the user gets while waiting for review (page and e-mail). */
export function reviewNote(reason: string | null): "freeMail" | "domain" | "device" {
  if (reason === "free_mail_provider") return "freeMail";
  if (reason === "unknown_domain") return "domain";
  return "device";
}
