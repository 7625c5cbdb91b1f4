import type { Metadata } from "next";
import { locales, type Locale } from "./routing";

/**
 * Canonical and hreflang links of a public page (`path` without the locale, "" for the home page),
 * for generateMetadata. x-default is the unprefixed path, which picks the visitor's language.
 */
export function localeAlternates(locale: Locale, path: string): Metadata["alternates"] {
  return {
    canonical: `/${locale}${path}`,
    languages: {
      ...Object.fromEntries(locales.map((l) => [l, `/${l}${path}`])),
      "x-default": path || "/",
    },
  };
}
