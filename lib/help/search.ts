// Search for the FAQ, shared by the server (no-JS ?q= fallback) and the client (search as you type).
// Deliberately tiny and dependency-free: it ships in the /help page's JavaScript.

/** A searchable FAQ entry in plain text; `blocks` are the answer's paragraphs and list items. */
export type SearchEntry = {
  slug: string;
  number: string;
  question: string;
  blocks: { list: boolean; text: string }[];
};

export type Range = [start: number, end: number];

/**
 * Stands for the query in a message formatted on the server ("No answers match “%QUERY%”.").
 * Not a private-use character: next-intl uses those internally and drops them from values.
 */
export const QUERY_MARKER = "%QUERY%";

const QUOTES: Record<string, string> = {
  "„": '"',
  "“": '"',
  "”": '"',
  "«": '"',
  "»": '"',
  "‘": "'",
  "’": "'",
  ß: "ss",
};

/**
 * Folds text for matching: lower case, no accents ("contraseña" → "contrasena"), typographic quotes
 * as plain ones, and no hyphens so "email" finds "E-Mail". `map[i]` is the index in the original
 * text of the character that produced folded character i, so matches can be highlighted there.
 */
export function fold(text: string): { folded: string; map: number[] } {
  let folded = "";
  const map: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const out =
      QUOTES[ch] ??
      (/[-‐‑–]/.test(ch)
        ? ""
        : /\s/.test(ch)
          ? " "
          : ch
              .normalize("NFD")
              .replace(/[\u0300-\u036f]/g, "")
              .toLowerCase());
    for (const c of out) {
      // Runs of white space count as one space, as in the query.
      if (c === " " && folded.endsWith(" ")) continue;
      folded += c;
      map.push(i);
    }
  }
  return { folded, map };
}

/** The query's words, folded; an entry matches when it contains every one of them. */
export function queryTerms(query: string): string[] {
  return [
    ...new Set(
      fold(query)
        .folded.split(" ")
        .filter((t) => t.length > 0),
    ),
  ];
}

/** Where the terms occur in `text`, as sorted, merged ranges of the original text. */
export function matchRanges(text: string, terms: string[]): Range[] {
  const { folded, map } = fold(text);
  const ranges: Range[] = [];
  for (const term of terms) {
    for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + term.length)) {
      ranges.push([map[at]!, map[at + term.length - 1]! + 1]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: Range[] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

/** Entries containing every term in the question or the answer; question hits first, then FAQ order. */
export function searchFaq<E extends SearchEntry>(entries: E[], query: string): E[] {
  const terms = queryTerms(query);
  if (terms.length === 0) return entries;
  const scored = entries.flatMap((entry, order) => {
    const question = fold(entry.question).folded;
    const all = `${question} ${entry.blocks.map((b) => fold(b.text).folded).join(" ")}`;
    if (!terms.every((t) => all.includes(t))) return [];
    const inQuestion = terms.filter((t) => question.includes(t)).length;
    return [{ entry, order, inQuestion }];
  });
  scored.sort((a, b) => b.inQuestion - a.inQuestion || a.order - b.order);
  return scored.map((s) => s.entry);
}
