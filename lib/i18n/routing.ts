import { defineRouting } from "next-intl/routing";

export const locales = ["en", "de", "es"] as const;
export type Locale = (typeof locales)[number];

export const routing = defineRouting({
  locales,
  defaultLocale: "en",
  localePrefix: "always",
  // No hreflang Link header: it repeats the requested path once per locale, so a long address
  // makes a response header a reverse proxy refuses. Public pages name their alternates in their
  // metadata instead (./alternates.ts).
  alternateLinks: false,
});

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

/** The locale of a `[locale]` route segment (the layout already 404s on unknown ones). */
export function asLocale(value: string): Locale {
  return isLocale(value) ? value : routing.defaultLocale;
}

/** The language of /<locale>/… addresses; elsewhere the default one. */
export function localeOfPath(pathname: string): Locale {
  return asLocale(pathname.split("/")[1] ?? "");
}
