import "server-only";
import { randomInt } from "node:crypto";
import type { Tx } from "@/lib/db";

// Usernames are generated, never chosen: first initial + last name, ASCII only, lower case,
// with a number appended when taken ("jmueller", "jmueller2", …). People may sign in with the
// username or the e-mail address (FAQ 2.2).

const SPELLED_OUT: Record<string, string> = {
  ä: "ae",
  ö: "oe",
  ü: "ue",
  ß: "ss",
  æ: "ae",
  ø: "o",
  œ: "oe",
  å: "a",
  ł: "l",
  đ: "d",
  ð: "d",
  þ: "th",
};

const MAX_BASE = 24;

export function asciiFold(text: string) {
  return text
    .toLowerCase()
    .replace(/[äöüßæøœåłđðþ]/g, (c) => SPELLED_OUT[c] ?? c)
    .normalize("NFKD")
    .replace(/[^a-z0-9]/g, "");
}

export function usernameBase(firstName: string, lastName: string) {
  const base = (asciiFold(firstName).slice(0, 1) + asciiFold(lastName)).slice(0, MAX_BASE);
  return base.length >= 2 ? base : `user${base}`;
}

/**
 * The base itself when free, otherwise the base with the lowest free number from 2 on. `scatter`
 * (after repeated collisions with simultaneous namesakes) picks a random free number instead, so
 * concurrent registrations stop competing for the same one.
 */
export async function freeUsername(tx: Tx, base: string, { scatter = false } = {}) {
  const taken = await tx.user.findMany({
    where: { username: { startsWith: base } },
    select: { username: true },
  });
  const names = new Set(taken.map((u) => u.username));
  if (scatter) {
    for (;;) {
      const candidate = `${base}${randomInt(100, 10_000)}`;
      if (!names.has(candidate)) return candidate;
    }
  }
  if (!names.has(base)) return base;
  for (let n = 2; ; n++) if (!names.has(`${base}${n}`)) return `${base}${n}`;
}
