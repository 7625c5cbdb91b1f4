import type { FaqSlug } from "./faq-slugs";

// The FAQ answers are ICU rich text in messages/*.json. This turns one into plain text blocks (for
// search, JSON-LD and meta descriptions) from the same message that the page renders, so the two
// can never drift apart. Not server-only: the content tests use it with a plain translator.

/** The brand facts the answers mention; from configuration on the server. */
export type FaqValues = { company: string; portalName: string; supportEmail: string };

/** Every tag the answers may use; the rich renderer (faq-answer-tags.tsx) handles the same set. */
export const FAQ_TAGS = [
  "p",
  "ul",
  "li",
  "b",
  "support",
  "forgot",
  "register",
  "login",
  "account",
  "portal",
  "help-forgot",
] as const;
export type FaqTag = (typeof FAQ_TAGS)[number];

export type AnswerBlock = { list: boolean; text: string };

type MarkupTags = Record<FaqTag, (chunks: string) => string>;
export type FaqMarkup = (key: `entries.${FaqSlug}.answer`, values: FaqValues & MarkupTags) => string;

const BLOCK = "\u0001";
const ITEM = "\u0002";

/** The answer as paragraphs and list items of plain text. */
export function answerBlocks(markup: FaqMarkup, slug: FaqSlug, values: FaqValues): AnswerBlock[] {
  const inline = (chunks: string) => chunks;
  const tags = Object.fromEntries(FAQ_TAGS.map((tag) => [tag, inline])) as MarkupTags;
  tags.p = (chunks) => `${BLOCK}${chunks}`;
  tags.li = (chunks) => `${BLOCK}${ITEM}${chunks}`;
  return markup(`entries.${slug}.answer`, { ...values, ...tags })
    .split(BLOCK)
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => (s.startsWith(ITEM) ? { list: true, text: s.slice(1).trim() } : { list: false, text: s }));
}

/** Blocks joined into one text, list items on lines of their own. */
export function blocksToText(blocks: AnswerBlock[]): string {
  return blocks.map((b) => (b.list ? `• ${b.text}` : b.text)).join("\n");
}

/** A meta description: the answer's first sentences, cut at a word boundary. */
export function summary(blocks: AnswerBlock[], max = 160): string {
  const text = blocks.map((b) => b.text).join(" ");
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, cut.lastIndexOf(" "))}…`;
}
