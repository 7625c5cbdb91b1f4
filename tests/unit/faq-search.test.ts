import { describe, expect, it } from "vitest";
import { fold, matchRanges, queryTerms, searchFaq, type SearchEntry } from "@/lib/help/search";

const entry = (slug: string, question: string, ...texts: string[]): SearchEntry => ({
  slug,
  number: "1.1",
  question,
  blocks: texts.map((text) => ({ list: false, text })),
});

const marked = (text: string, query: string) =>
  matchRanges(text, queryTerms(query)).map(([s, e]) => text.slice(s, e));

describe("FAQ search", () => {
  it("folds case, accents, typographic quotes, hyphens and ß", () => {
    expect(fold("Contraseña").folded).toBe("contrasena");
    expect(fold("„Passwort vergessen“").folded).toBe('"passwort vergessen"');
    expect(fold("E-Mail  Adresse").folded).toBe("email adresse");
    expect(fold("Straße").folded).toBe("strasse");
  });

  it("finds accented text from a query without accents, and the other way round", () => {
    const entries = [entry("a", "He olvidado mi contraseña"), entry("b", "¿Cuál es mi número de serie?")];
    expect(searchFaq(entries, "contrasena").map((e) => e.slug)).toEqual(["a"]);
    expect(searchFaq(entries, "NÚMERO").map((e) => e.slug)).toEqual(["b"]);
    expect(searchFaq(entries, "numero serie").map((e) => e.slug)).toEqual(["b"]);
  });

  it("needs every word of the query, in the question or the answer", () => {
    const entries = [
      entry("a", "I forgot my password", "Click “Forgot password?” on the sign-in page."),
      entry("b", "How can I stay signed in?", "Use the checkbox."),
    ];
    expect(searchFaq(entries, "password sign-in").map((e) => e.slug)).toEqual(["a"]);
    expect(searchFaq(entries, "signin").map((e) => e.slug)).toEqual(["a"]);
    expect(searchFaq(entries, "password checkbox")).toEqual([]);
  });

  it("ranks question hits before answer hits, otherwise keeps the FAQ order", () => {
    const entries = [
      entry("a", "Why register?", "You need an e-mail address."),
      entry("b", "No confirmation e-mail", "Check your spam folder."),
      entry("c", "Why confirm?", "We check your e-mail address."),
    ];
    expect(searchFaq(entries, "email").map((e) => e.slug)).toEqual(["b", "a", "c"]);
  });

  it("returns every entry for an empty query", () => {
    const entries = [entry("a", "One"), entry("b", "Two")];
    expect(searchFaq(entries, "   ")).toEqual(entries);
  });

  it("highlights the original text, accents and hyphens included", () => {
    expect(marked("He olvidado mi contraseña.", "contrasena")).toEqual(["contraseña"]);
    expect(marked("Ihre E-Mail Adresse", "email")).toEqual(["E-Mail"]);
    expect(marked("Passwort-zurücksetzen Link", "passwort zurucksetzen")).toEqual([
      "Passwort",
      "zurücksetzen",
    ]);
    expect(marked("Password, password!", "PASSWORD")).toEqual(["Password", "password"]);
  });
});
