import Bowser from "bowser";

// The browsers Next.js 16 supports (its documented browserslist); older ones get a notice.
export const MINIMUM_BROWSERS = {
  chrome: ">=111",
  edge: ">=111",
  firefox: ">=111",
  safari: ">=16.4",
  opera: ">=97",
  "samsung internet": ">=22",
  "internet explorer": ">=999",
} as const;

/** True only for a browser we recognise and know to be too old; unknown agents get no notice. */
export function isOutdatedBrowser(userAgent: string | null | undefined): boolean {
  if (!userAgent) return false;
  const verdict = Bowser.getParser(userAgent).satisfies(MINIMUM_BROWSERS);
  return verdict === false;
}
