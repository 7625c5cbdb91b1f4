import "server-only";
import { createTranslator } from "next-intl";
import en from "@/messages/en.json";
import de from "@/messages/de.json";
import es from "@/messages/es.json";
import { isLocale, type Locale } from "./routing";

const ALL = { en, de, es } as const;

/** A translator usable outside a request (e-mails, the outbox worker, scripts). */
export function translatorFor(locale: string) {
  const l: Locale = isLocale(locale) ? locale : "en";
  return createTranslator({ locale: l, messages: ALL[l] });
}

export type Translator = ReturnType<typeof translatorFor>;
