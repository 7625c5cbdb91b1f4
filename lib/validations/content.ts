import type * as z from "zod/mini";
import { zodForm } from "./zod-from-rules";
import { contentRules } from "./rules/content";

// The server's schema of a content item (rules in ./rules/content.ts).

export { CONTENT_KINDS } from "./rules/content";

export const contentSchema = zodForm(contentRules);
export type ContentInput = z.input<typeof contentSchema>;
export type ContentData = z.output<typeof contentSchema>;
