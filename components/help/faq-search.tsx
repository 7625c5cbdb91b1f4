"use client";

import { useId, useState, type ReactNode } from "react";
import { QUERY_MARKER, queryTerms, searchFaq, type SearchEntry } from "@/lib/help/search";
import { Highlighted } from "./highlighted";

export type FaqSearchLabels = {
  label: string;
  placeholder: string;
  button: string;
  /** components/help/icons.tsx SearchIcon, rendered on the server. */
  icon: ReactNode;
  /** "No answers match “%QUERY%”." — the marker stands for the query. */
  noResults: string;
  /** counts[n]: "n answers", formatted on the server for every possible n. */
  counts: string[];
};

type Props = {
  entries: SearchEntry[];
  initialQuery: string;
  /** Where the form goes without JavaScript (the help page, which searches on the server). */
  action: string;
  /** The path of an entry's own page, before the slug. */
  entryBase: string;
  labels: FaqSearchLabels;
  contact: ReactNode;
  /** The full FAQ, shown while there is no query (and always when printed). */
  children: ReactNode;
};

// Search as you type over the plain texts the server passes in. Without JavaScript the same form
// submits ?q= and the server renders the same results.
export function FaqSearch({ entries, initialQuery, action, entryBase, labels, contact, children }: Props) {
  const [query, setQuery] = useState(initialQuery);
  const id = useId();
  const terms = queryTerms(query);
  const searching = terms.length > 0;
  const results = searching ? searchFaq(entries, query) : [];

  function change(value: string) {
    setQuery(value);
    const url = new URL(window.location.href);
    if (value.trim()) url.searchParams.set("q", value);
    else url.searchParams.delete("q");
    window.history.replaceState(window.history.state, "", url);
  }

  return (
    <>
      <form
        role="search"
        action={action}
        onSubmit={(e) => e.preventDefault()}
        className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm print:hidden"
      >
        <label htmlFor={`${id}-q`} className="text-sm font-medium text-slate-800">
          {labels.label}
        </label>
        <div className="mt-1 flex gap-2">
          <input
            id={`${id}-q`}
            name="q"
            type="search"
            value={query}
            onChange={(e) => change(e.target.value)}
            placeholder={labels.placeholder}
            autoComplete="off"
            spellCheck={false}
            aria-describedby={`${id}-count`}
            className="focus:border-brand-600 focus:ring-brand-600/30 w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-slate-900 shadow-sm placeholder:text-slate-400 focus:ring-2 focus:outline-none"
          />
          <button
            type="submit"
            className="bg-brand-600 hover:bg-brand-700 inline-flex items-center gap-2 rounded-md px-4 py-2 text-sm font-semibold text-white"
          >
            {labels.icon}
            <span className="max-sm:sr-only">{labels.button}</span>
          </button>
        </div>
        <p id={`${id}-count`} role="status" className="mt-2 text-sm text-slate-600 empty:mt-0">
          {searching ? labels.counts[results.length] : ""}
        </p>
      </form>

      {searching && (
        <div className="mt-6 print:hidden">
          {results.length === 0 ? (
            <div className="rounded-xl border border-amber-300 bg-amber-50 p-5 text-amber-950">
              <p className="font-semibold">{labels.noResults.replace(QUERY_MARKER, query.trim())}</p>
              <p className="mt-2">{contact}</p>
            </div>
          ) : (
            <ol className="space-y-4">
              {results.map((entry) => (
                <li key={entry.slug}>
                  <Result entry={entry} terms={terms} href={`${entryBase}/${entry.slug}`} />
                </li>
              ))}
            </ol>
          )}
        </div>
      )}

      <div className={searching ? "hidden print:block" : undefined}>{children}</div>
    </>
  );
}

function Result({ entry, terms, href }: { entry: SearchEntry; terms: string[]; href: string }) {
  // Consecutive list items of the answer form one list.
  const groups: { list: boolean; texts: string[] }[] = [];
  for (const block of entry.blocks) {
    const last = groups[groups.length - 1];
    if (last && block.list && last.list) last.texts.push(block.text);
    else groups.push({ list: block.list, texts: [block.text] });
  }
  return (
    <article className="rounded-xl border border-slate-200 bg-white p-5">
      <h2 className="text-lg font-semibold">
        <a href={href} className="text-brand-800 hover:underline">
          <span className="mr-2 text-slate-500 tabular-nums">{entry.number}</span>{" "}
          <Highlighted text={entry.question} terms={terms} />
        </a>
      </h2>
      <div className="mt-2 space-y-2 leading-relaxed text-slate-700">
        {groups.map((g, i) =>
          g.list ? (
            <ul key={i} className="list-disc space-y-1 pl-5">
              {g.texts.map((text, j) => (
                <li key={j}>
                  <Highlighted text={text} terms={terms} />
                </li>
              ))}
            </ul>
          ) : (
            <p key={i}>
              <Highlighted text={g.texts[0]!} terms={terms} />
            </p>
          ),
        )}
      </div>
    </article>
  );
}
