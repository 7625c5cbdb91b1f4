import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

type Tree = { [key: string]: string | Tree };

function keys(tree: Tree, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === "string" ? [prefix + k] : keys(v, `${prefix}${k}.`),
  );
}

const load = (locale: string) => JSON.parse(readFileSync(`messages/${locale}.json`, "utf8")) as Tree;

describe("messages", () => {
  const en = keys(load("en")).sort();

  it.each(["de", "es"])("%s has exactly the keys of en", (locale) => {
    const other = keys(load(locale)).sort();
    expect({
      missing: en.filter((k) => !other.includes(k)),
      extra: other.filter((k) => !en.includes(k)),
    }).toEqual({
      missing: [],
      extra: [],
    });
  });

  it.each(["en", "de", "es"])("%s has no empty strings", (locale) => {
    const flat = (t: Tree): string[] =>
      Object.values(t).flatMap((v) => (typeof v === "string" ? [v] : flat(v)));
    expect(flat(load(locale)).filter((s) => s.trim() === "")).toEqual([]);
  });
});
