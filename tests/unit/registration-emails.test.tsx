import { describe, expect, it } from "vitest";
import { renderEmail } from "@/lib/email/render";
import { registrationConfirmEmail } from "@/lib/email/templates/registration-confirm-email";
import { registrationReminderEmail } from "@/lib/email/templates/registration-reminder-email";
import { registrationTakenEmail } from "@/lib/email/templates/registration-taken-email";
import {
  registrationActivatedEmail,
  registrationReviewEmail,
} from "@/lib/email/templates/registration-outcome-email";

const token = "A".repeat(43);
const link = { name: "Jana", username: "jdoe", token, expiresAt: "2026-12-07T09:30:00.000Z" };

describe("registration e-mails", () => {
  it("state the confirmation deadline in the reader's language", async () => {
    const de = await renderEmail(registrationConfirmEmail, link, "de");
    expect(de.text).toContain(`http://localhost:3100/de/verify-email?token=${token}`);
    expect(de.text).toContain("gültig bis 7. Dezember 2026 um 09:30 UTC");
    expect(de.text).toContain("Ihr Benutzername: jdoe");
    const es = await renderEmail(registrationConfirmEmail, link, "es");
    expect(es.text).toContain("válido hasta el 7 de diciembre de 2026 a las 09:30 UTC");
    const en = await renderEmail(registrationReminderEmail, link, "en");
    expect(en.subject).toBe("Reminder: please confirm your e-mail address for the Customer Portal");
    expect(en.text).toContain("Please confirm by December 7, 2026 at 09:30 AM UTC");
  });

  it("send the owner of a taken address to the right next step", async () => {
    const taken = { name: "Jana", username: "jdoe" };
    const active = await renderEmail(registrationTakenEmail, { ...taken, awaitingConfirmation: false }, "en");
    expect(active.text).toContain("http://localhost:3100/en/forgot-password");
    const pending = await renderEmail(registrationTakenEmail, { ...taken, awaitingConfirmation: true }, "es");
    expect(pending.text).toContain("http://localhost:3100/es/verify-email/resend");
  });

  it("tell the outcome of the activation rules", async () => {
    const activated = await renderEmail(registrationActivatedEmail, { name: "Jana", username: "jdoe" }, "en");
    expect(activated.text).toContain("http://localhost:3100/en/login");
    const review = await renderEmail(
      registrationReviewEmail,
      { name: "Jana", username: "jdoe", note: "freeMail" },
      "de",
    );
    expect(review.text).toContain("öffentlichen E-Mail-Anbieters");
    expect(review.text).toContain("support@example.com");
  });
});
