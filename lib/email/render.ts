import "server-only";
import { render } from "@react-email/render";
import { brand } from "@/lib/config";
import { translatorFor } from "@/lib/i18n/translator";
import { isLocale } from "@/lib/i18n/routing";
import type { EmailTemplate } from "./template";

export async function renderEmail<P>(template: EmailTemplate<P>, props: P, locale: string) {
  const l = isLocale(locale) ? locale : "en";
  const { subject, element } = template.build(props, { t: translatorFor(l), brand, locale: l });
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
  // A subject is a header: never let user data break it into two lines.
  return { subject: subject.replace(/[\r\n]+/g, " ").trim(), html, text, locale: l };
}
