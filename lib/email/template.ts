import type { ReactElement } from "react";
import type { Brand } from "@/lib/config";
import type { Translator } from "@/lib/i18n/translator";

export type EmailContext = { t: Translator; brand: Brand; locale: string };

/** An e-mail: a stable id (kept in the outbox row) and a function that builds it in one language. */
export type EmailTemplate<P> = {
  id: string;
  build: (props: P, ctx: EmailContext) => { subject: string; element: ReactElement };
};

export function defineEmail<P>(id: string, build: EmailTemplate<P>["build"]): EmailTemplate<P> {
  return { id, build };
}
