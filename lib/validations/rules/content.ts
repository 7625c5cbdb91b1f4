import { COUNTRY_CODES } from "../countries";
import { boolean, form, oneOf, optional, text } from "./core";
import { idRule, optionalTextRule, requiredTextRule } from "./fields";

// Staff console: a content item with its texts in English (required), German and Spanish.

export const CONTENT_KINDS = [
  "EVENT",
  "TRAINING",
  "VIDEO",
  "ARTICLE",
  "SOFTWARE_UPDATE",
  "DOCUMENT",
] as const;

export const contentRules = form({
  id: optional(idRule),
  kind: oneOf(CONTENT_KINDS, "required"),
  topic: optionalTextRule(64),
  product: optionalTextRule(64),
  exclusive: boolean,
  url: text(
    ["trim"],
    { max: 500, key: "tooLong" },
    { pattern: /^https:\/\/[^\s]+$/, key: "invalid", orEmpty: true },
  ),
  country: oneOf(["", ...COUNTRY_CODES], "invalid"),
  city: optionalTextRule(80),
  startsAt: text([], { date: true, key: "invalid", orEmpty: true }),
  titleEn: requiredTextRule(160),
  summaryEn: requiredTextRule(500),
  titleDe: optionalTextRule(160),
  summaryDe: optionalTextRule(500),
  titleEs: optionalTextRule(160),
  summaryEs: optionalTextRule(500),
});
