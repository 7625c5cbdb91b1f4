import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { serverSchema } from "@/lib/env";
import { DOC, renderConfigReference, withReference } from "../../scripts/config-reference";

it("docs/operations.md lists every configuration variable as lib/env.ts defines it", async () => {
  const doc = readFileSync(DOC, "utf8");
  const reference = renderConfigReference(serverSchema);
  for (const name of Object.keys(serverSchema)) expect(reference).toContain(`| \`${name}\` |`);
  // If this fails: npm run docs:config
  expect(await withReference(doc, reference)).toBe(doc);
});
