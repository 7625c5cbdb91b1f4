import NextLink from "next/link";
import type { ComponentProps } from "react";
import { getLocale } from "next-intl/server";
import type { Locale } from "./routing";

type Props = Omit<ComponentProps<typeof NextLink>, "href"> & { href: string; locale?: Locale };

/** A link inside the portal, written without the locale ("/help"); the current locale is added. */
export async function Link({ href, locale, ...rest }: Props) {
  const l = locale ?? ((await getLocale()) as Locale);
  const path = href === "/" ? `/${l}` : href.startsWith("/") ? `/${l}${href}` : href;
  return <NextLink href={path} {...rest} />;
}
