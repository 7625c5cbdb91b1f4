import { describe, expect, it } from "vitest";
import { renderEmail } from "@/lib/email/render";
import { testEmail } from "@/lib/email/templates/test-email";
import { defineEmail } from "@/lib/email/template";
import { EmailLayout } from "@/lib/email/templates/email-layout";

describe("renderEmail", () => {
  it("renders HTML and text in the recipient's language with links from the configured base URL", async () => {
    const de = await renderEmail(testEmail, { name: "Jana" }, "de");
    expect(de.subject).toBe("Test-E-Mail vom Customer Portal");
    expect(de.html).toContain('lang="de"');
    expect(de.text).toContain("Hallo Jana,");
    expect(de.text).toContain("http://localhost:3100/de");
    const es = await renderEmail(testEmail, {}, "es");
    expect(es.text).toContain("Hola:");
  });

  it("falls back to English for an unknown locale", async () => {
    expect((await renderEmail(testEmail, {}, "fr")).locale).toBe("en");
  });

  it("never lets user data add a header line to the subject", async () => {
    const evil = defineEmail<{ s: string }>("evil", (p, ctx) => ({
      subject: p.s,
      element: (
        <EmailLayout ctx={ctx} preview="x">
          {p.s}
        </EmailLayout>
      ),
    }));
    const out = await renderEmail(evil, { s: "Hi\r\nBcc: victim@example.com" }, "en");
    expect(out.subject).not.toMatch(/[\r\n]/);
  });
});
