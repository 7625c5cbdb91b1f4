import { describe, expect, it } from "vitest";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

// What a client component imports ends up in the browser. zod (and the zod resolver) stay on the
// server: forms check their rules with lib/validations/rules-resolver.ts. This walks the value
// imports of every "use client" module (up to server actions, which stay on the server) and fails
// on any path into zod.

const ROOT = path.resolve(__dirname, "../..");
const FORBIDDEN = [/^zod(\/|$)/, /^@hookform\/resolvers\/zod/];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === "generated" ? [] : files(full);
    return /\.(ts|tsx)$/.test(name) ? [full] : [];
  });
}

function resolve(from: string, spec: string): string | null {
  const base = spec.startsWith("@/")
    ? path.join(ROOT, spec.slice(2))
    : path.resolve(path.dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

// Value imports and re-exports; `import type` / `export type` are erased and do not count.
const IMPORT = /^\s*(?:import|export)\s+(?!type\s)(?:[^"';]*?\s+from\s+)?["']([^"']+)["']/gm;

function reachesForbidden(start: string): string[] | null {
  const seen = new Set<string>();
  const queue: string[][] = [[start]];
  while (queue.length) {
    const trail = queue.shift()!;
    const file = trail[trail.length - 1]!;
    if (seen.has(file)) continue;
    seen.add(file);
    const source = readFileSync(file, "utf8");
    // A server action is a boundary: the browser only gets a reference to call it.
    if (/^\s*["']use server["']/.test(source)) continue;
    for (const [, spec] of source.matchAll(IMPORT)) {
      if (FORBIDDEN.some((re) => re.test(spec!))) return [...trail, spec!];
      if (!spec!.startsWith(".") && !spec!.startsWith("@/")) continue;
      const next = resolve(file, spec!);
      if (next) queue.push([...trail, next]);
    }
  }
  return null;
}

describe("client bundles", () => {
  const clients = ["app", "components", "lib"]
    .flatMap((d) => files(path.join(ROOT, d)))
    .filter((f) => /^\s*["']use client["']/.test(readFileSync(f, "utf8")));

  it("finds the client components", () => {
    expect(clients.length).toBeGreaterThan(30);
  });

  it("no client component imports zod, directly or through another module", () => {
    const offenders = clients
      .map((f) => reachesForbidden(f))
      .filter((t): t is string[] => t !== null)
      .map((t) => t.map((p) => path.relative(ROOT, p)).join(" → "));
    expect(offenders).toEqual([]);
  });
});
