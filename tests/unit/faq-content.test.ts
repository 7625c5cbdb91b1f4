import { readFileSync } from "node:fs";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import de from "@/messages/de.json";
import es from "@/messages/es.json";
import { FAQ_SECTIONS, FAQ_SLUGS, faqPosition, type FaqSlug } from "@/lib/help/faq-slugs";
import { answerBlocks, FAQ_TAGS } from "@/lib/help/faq-text";

// The FAQ seeds are the specification of the help content. They are copied verbatim into
// tests/fixtures so the test never reads outside the repository.
const MESSAGES = { en, de, es } as const;
// The sections the seeds specify; later sections (security) are the portal's own.
const SEEDED_SLUGS: FaqSlug[] = [...FAQ_SECTIONS.registration, ...FAQ_SECTIONS.login];
type Locale = keyof typeof MESSAGES;

// The seeds' own brand facts: rendering our messages with them must give back the seeds' text.
const SEED_VALUES = {
  company: "OMICRON",
  supportEmail: "customer.care@omicronenergy.com",
  portalName: "my.OMICRONenergy.com",
};

// Every deliberate difference from the seeds, seed text first. Anything else that differs fails.
const EDITS: Record<"de" | "es", Partial<Record<FaqSlug, [seed: string, ours: string][]>>> = {
  de: {
    "why-confirm-email": [["binnen 14 Tage auf", "binnen 14 Tagen auf"]], // grammar
    "no-confirmation-email": [["Sie ihren Junk", "Sie Ihren Junk"]], // formal address
    "migrate-customer-area-account": [
      ["Kundenbreich", "Kundenbereich"], // typo
      // The portal's name comes from configuration (PORTAL_NAME).
      ["das neue Kundenportal auf my.OMICRONenergy.com", "das neue my.OMICRONenergy.com"],
    ],
    "no-reset-email": [["Benachrichtung", "Benachrichtigung"]], // typo
    "stay-signed-in": [["dem selben", "demselben"]], // spelling
  },
  es: {
    "cannot-submit-registration": [["información necesaria", "información necesaria."]], // full stop
    "why-confirm-email": [["por si necesitemos", "por si necesitamos"]], // grammar
    "registration-not-accepted": [["omicronenergy.com", "omicronenergy.com."]], // closing full stop
    "migrate-customer-area-account": [
      ["al nuevo portal my.OMICRONenergy.com", "al nuevo my.OMICRONenergy.com"], // PORTAL_NAME
    ],
    "no-access-to-email": [["restablecer tu contraseña", "restablecer su contraseña"]], // formal address
  },
};
const QUESTION_EDITS: Partial<Record<FaqSlug, [string, string]>> = {
  "forgot-email-and-username": ["E-Mail Adresse, noch", "E-Mail Adresse noch"], // de: no comma before "noch"
};

/** Same text, whatever the quotes, list markers, spacing or closing full stop of a heading. */
function normalise(text: string) {
  return text
    .replace(/[\u00a0\s]+/g, " ")
    .replace(/[„“”«»]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(/(^| )(?:-|•) /g, "$1")
    .trim();
}

type SeedEntry = { number: string; question: string; answer: string };

/** The entries of a seed: "1.4 Question" lines, each followed by its answer up to the next heading. */
function parseSeed(text: string): SeedEntry[] {
  const entries: SeedEntry[] = [];
  for (const line of text.split("\n")) {
    const heading = /^(\d\.\d) (.+)$/.exec(line.trim());
    if (heading && !line.startsWith("-")) {
      entries.push({ number: heading[1]!, question: heading[2]!, answer: "" });
    } else if (/^\d\. \S/.test(line.trim())) {
      continue; // a section heading
    } else if (entries.length > 0 && !line.startsWith("- 1") && !line.startsWith("- 2")) {
      entries[entries.length - 1]!.answer += ` ${line}`;
    }
  }
  return entries.map((e) => ({ ...e, question: normalise(e.question), answer: normalise(e.answer) }));
}

function seed(locale: "de" | "es") {
  let text = readFileSync(`tests/fixtures/faq-${locale}.txt`, "utf8");
  // The Spanish seed was captured from a web page: its footer follows the last answer.
  if (locale === "es") text = text.slice(0, text.indexOf("ContactContacto"));
  return parseSeed(text);
}

function translator(locale: Locale) {
  return createTranslator({
    locale,
    messages: MESSAGES[locale],
    namespace: "help",
    onError: (error) => {
      throw error;
    },
  });
}

function ourAnswer(locale: Locale, slug: FaqSlug, values = SEED_VALUES) {
  const blocks = answerBlocks(translator(locale).markup, slug, values);
  return normalise(blocks.map((b) => b.text).join(" "));
}

describe("FAQ content", () => {
  it("has every slug exactly once, numbered as in the seeds", () => {
    expect(new Set(FAQ_SLUGS).size).toBe(FAQ_SLUGS.length);
    expect(SEEDED_SLUGS).toHaveLength(16);
    expect(FAQ_SECTIONS.registration).toHaveLength(9);
    expect(FAQ_SECTIONS.login).toHaveLength(7);
    expect(faqPosition("product-serial-number").number).toBe("1.4");
    expect(faqPosition("stay-signed-in").number).toBe("2.7");
    expect(faqPosition("authenticator-app").number).toBe("3.2");
  });

  it.each(["en", "de", "es"] as const)(
    "%s has a question and an answer for every slug, and nothing else",
    (l) => {
      expect(Object.keys(MESSAGES[l].help.entries).sort()).toEqual([...FAQ_SLUGS].sort());
      for (const slug of FAQ_SLUGS) {
        expect(translator(l)(`entries.${slug}.question`).length, slug).toBeGreaterThan(5);
        expect(ourAnswer(l, slug).length, slug).toBeGreaterThan(20);
      }
    },
  );

  it("links the same pages in every language", () => {
    // Arguments may differ ("we" in one seed, the company's name in another); links may not.
    const links = (l: Locale, slug: FaqSlug) =>
      [...MESSAGES[l].help.entries[slug].answer.matchAll(/<([a-z-]+)>/g)]
        .map((m) => m[1]!)
        .filter((tag) => !["p", "ul", "li", "b"].includes(tag))
        .sort();
    for (const slug of FAQ_SLUGS) {
      expect(links("de", slug), slug).toEqual(links("en", slug));
      expect(links("es", slug), slug).toEqual(links("en", slug));
    }
  });

  it("uses only the tags the page renders and never hard-codes a company or address", () => {
    for (const l of ["en", "de", "es"] as const) {
      for (const slug of FAQ_SLUGS) {
        const raw = MESSAGES[l].help.entries[slug].answer;
        for (const [, tag] of raw.matchAll(/<\/?([a-z-]+)>/g))
          expect(FAQ_TAGS, `${l} ${slug}`).toContain(tag);
        expect(raw, `${l} ${slug}`).not.toMatch(/@|omicron|\.com/i);
        for (const [, arg] of raw.matchAll(/\{(\w+)\}/g)) expect(Object.keys(SEED_VALUES)).toContain(arg);
      }
    }
  });

  describe.each(["de", "es"] as const)("%s follows the seed", (locale) => {
    const entries = seed(locale);

    it("has the seed's entries in the seed's order", () => {
      expect(entries.map((e) => e.number)).toEqual(SEEDED_SLUGS.map((slug) => faqPosition(slug).number));
    });

    it.each(SEEDED_SLUGS.map((slug, i) => [slug, i] as const))("%s", (slug, i) => {
      const entry = entries[i]!;
      let question = entry.question.replace(/\.$/, "");
      const qEdit = locale === "de" ? QUESTION_EDITS[slug] : undefined;
      if (qEdit) question = question.replace(qEdit[0], qEdit[1]);
      expect(normalise(translator(locale)(`entries.${slug}.question`))).toBe(question);

      let answer = entry.answer;
      for (const [from, to] of EDITS[locale][slug] ?? []) {
        expect(answer, "an edit must name text the seed really has").toContain(from);
        answer = answer.replace(from, to);
      }
      expect(ourAnswer(locale, slug)).toBe(answer);
    });
  });

  it("puts the configured brand facts into the answers", () => {
    const values = { company: "Acme", supportEmail: "help@acme.test", portalName: "Acme Portal" };
    expect(ourAnswer("en", "no-confirmation-email", values)).toContain("help@acme.test");
    expect(ourAnswer("de", "cannot-submit-registration", values)).toContain("Acme-Geräts");
    expect(ourAnswer("es", "migrate-customer-area-account", values)).toContain("al nuevo Acme Portal");
  });
});
