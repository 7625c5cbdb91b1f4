import * as z from "zod/mini";
import { COUNTRY_CODES } from "./countries";
import { requiredText } from "./fields";

// Staff console: a content item with its texts in English (required), German and Spanish.

export const CONTENT_KINDS = [
  "EVENT",
  "TRAINING",
  "VIDEO",
  "ARTICLE",
  "SOFTWARE_UPDATE",
  "DOCUMENT",
] as const;

const optionalText = (max: number) => z.string().check(z.trim(), z.maxLength(max, "tooLong"));

export const contentSchema = z.object({
  id: z.optional(z.string().check(z.maxLength(64, "invalid"))),
  kind: z.enum(CONTENT_KINDS, "required"),
  topic: optionalText(64),
  product: optionalText(64),
  exclusive: z.boolean(),
  url: z.string().check(
    z.trim(),
    z.maxLength(500, "tooLong"),
    z.refine((v) => v === "" || /^https:\/\/[^\s]+$/.test(v), "invalid"),
  ),
  country: z.union([z.literal(""), z.enum(COUNTRY_CODES, "invalid")]),
  city: optionalText(80),
  startsAt: z.string().check(z.refine((v) => v === "" || !Number.isNaN(Date.parse(v)), "invalid")),
  titleEn: requiredText(160),
  summaryEn: requiredText(500),
  titleDe: optionalText(160),
  summaryDe: optionalText(500),
  titleEs: optionalText(160),
  summaryEs: optionalText(500),
});

export type ContentInput = z.input<typeof contentSchema>;
export type ContentData = z.output<typeof contentSchema>;
