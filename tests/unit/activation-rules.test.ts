import { describe, expect, it } from "vitest";
import {
  decideActivation,
  domainAndParents,
  reviewNote,
  type ActivationFacts,
} from "@/lib/registration/activation-rules";

const NORTHWIND = "company-northwind";
const CONTOSO = "company-contoso";

const facts = (over: Partial<ActivationFacts>): ActivationFacts => ({
  email: "jane@northwind.example",
  legacyAccount: false,
  device: { companyId: NORTHWIND },
  emailDomainCompanyIds: [NORTHWIND],
  ...over,
});

describe("activation rules", () => {
  it("activates when the e-mail domain belongs to the company owning the device", () => {
    expect(decideActivation(facts({}))).toEqual({ outcome: "ACTIVE", reason: "matching_domain" });
  });

  it("activates an address of a not yet migrated legacy account, whatever the device", () => {
    expect(
      decideActivation(
        facts({ legacyAccount: true, device: { companyId: null }, emailDomainCompanyIds: [] }),
      ),
    ).toEqual({ outcome: "ACTIVE", reason: "legacy_account" });
  });

  it("sends free-mail addresses to review", () => {
    expect(decideActivation(facts({ email: "jane@gmail.com", emailDomainCompanyIds: [] }))).toEqual({
      outcome: "PENDING_REVIEW",
      reason: "free_mail_provider",
    });
  });

  it("sends a device owned by another company than the e-mail domain's to review", () => {
    expect(decideActivation(facts({ device: { companyId: CONTOSO } }))).toEqual({
      outcome: "PENDING_REVIEW",
      reason: "serial_other_company",
    });
  });

  it("sends an unknown e-mail domain to review", () => {
    expect(decideActivation(facts({ email: "jane@unknown.example", emailDomainCompanyIds: [] }))).toEqual({
      outcome: "PENDING_REVIEW",
      reason: "unknown_domain",
    });
  });

  it("sends a device without owner, or no longer in the registry, to review", () => {
    expect(decideActivation(facts({ device: { companyId: null } })).reason).toBe("serial_without_company");
    expect(decideActivation(facts({ device: null })).reason).toBe("serial_unknown");
  });

  it("lets a domain shared by two companies activate for either", () => {
    expect(decideActivation(facts({ emailDomainCompanyIds: [CONTOSO, NORTHWIND] })).outcome).toBe("ACTIVE");
  });

  it("matches sub-domains but never a bare top-level domain", () => {
    expect(domainAndParents("mail.northwind.example")).toEqual([
      "mail.northwind.example",
      "northwind.example",
    ]);
    expect(domainAndParents("northwind.example")).toEqual(["northwind.example"]);
  });

  it("explains the review reason to the user without naming other companies", () => {
    expect(reviewNote("free_mail_provider")).toBe("freeMail");
    expect(reviewNote("unknown_domain")).toBe("domain");
    expect(reviewNote("serial_other_company")).toBe("device");
    expect(reviewNote("serial_without_company")).toBe("device");
  });
});
