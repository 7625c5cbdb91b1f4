import type { ReactNode } from "react";
import { matchRanges } from "@/lib/help/search";

/** `text` with every occurrence of the search terms in <mark>. */
export function Highlighted({ text, terms }: { text: string; terms: string[] }) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const [start, end] of matchRanges(text, terms)) {
    if (start > at) parts.push(text.slice(at, start));
    parts.push(
      <mark key={start} className="rounded-sm bg-amber-200 px-0.5 text-inherit">
        {text.slice(start, end)}
      </mark>,
    );
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
