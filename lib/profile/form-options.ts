import "server-only";
import { getMessages, getTranslations } from "next-intl/server";
import { db } from "@/lib/db";
import { locales, type Locale } from "@/lib/i18n/routing";
import { COUNTRY_CODES } from "@/lib/validations/countries";

export type Option = { value: string; label: string };

export const TOPIC_NAME = { en: "nameEn", de: "nameDe", es: "nameEs" } as const;

/** Choices and labels shared by the profile forms (account page, complete your profile). */
export async function profileFormOptions(locale: Locale) {
  const tl = await getTranslations("language");
  const messages = await getMessages();
  const regionName = new Intl.DisplayNames([locale], { type: "region" });
  const countries = COUNTRY_CODES.map((code) => ({ value: code, label: regionName.of(code) ?? code })).sort(
    (a, b) => a.label.localeCompare(b.label, locale),
  );
  const topics = await db.topic.findMany({ orderBy: [{ sortOrder: "asc" }, { slug: "asc" }] });
  const option = (t: (typeof topics)[number]) => ({ value: t.slug, label: t[TOPIC_NAME[locale]] });
  return {
    fields: (messages.register as { fields: Record<string, unknown> }).fields as ProfileFieldTexts,
    validation: messages.validation as Record<string, string>,
    countries,
    languages: locales.map((code) => ({ value: code, label: tl(code) })),
    products: topics.filter((t) => t.kind === "PRODUCT").map(option),
    topics: topics.filter((t) => t.kind === "TOPIC").map(option),
  };
}

export type ProfileFieldTexts = {
  salutation: string;
  salutations: Record<string, string>;
  choose: string;
  firstName: string;
  lastName: string;
  company: string;
  country: string;
  phone: string;
  phoneHint: string;
  locale: string;
  localeHint: string;
  products: string;
  topics: string;
  interests: string;
};

export type ProfileFormOptions = Awaited<ReturnType<typeof profileFormOptions>>;
