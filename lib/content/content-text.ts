// Content is written in up to three languages; what is missing in the reader's language is shown
// in English (and, should English be missing too, in whatever language exists).

export type Translation = { locale: string; title: string; summary: string };

export function pickTranslation(translations: readonly Translation[], locale: string) {
  const found =
    translations.find((t) => t.locale === locale) ??
    translations.find((t) => t.locale === "en") ??
    translations[0];
  return found
    ? { title: found.title, summary: found.summary, locale: found.locale }
    : { title: "", summary: "", locale };
}
