// The error boundary (app/[locale]/error.tsx) must be a client component; it reads its already
// translated strings from a JSON data block the layout writes into the page, instead of shipping
// next-intl's client runtime, or a context provider's script, on every page. A data block
// (type="application/json") is never executed, so the CSP does not apply to it.
export type ErrorStrings = { title: string; text: string; retry: string; helpLink: string; locale: string };

const ID = "error-strings";

const FALLBACK: ErrorStrings = {
  title: "Something went wrong",
  text: "Please try again in a moment.",
  retry: "Try again",
  helpLink: "Help",
  locale: "en",
};

/** For the layout (server): the strings as a data block. */
export function ErrorStringsData({ value }: { value: ErrorStrings }) {
  // "<" escaped, so no text can close the element early.
  const json = JSON.stringify(value).replace(/</g, "\\u003c");
  return <script id={ID} type="application/json" dangerouslySetInnerHTML={{ __html: json }} />;
}

/** For the error boundary (browser): the page's strings, or English ones if there are none. */
export function readErrorStrings(): ErrorStrings {
  if (typeof document === "undefined") return FALLBACK;
  try {
    return { ...FALLBACK, ...JSON.parse(document.getElementById(ID)?.textContent ?? "{}") };
  } catch {
    return FALLBACK;
  }
}
