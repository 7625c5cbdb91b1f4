import type { ComponentProps } from "react";
import { getLocale } from "next-intl/server";
import type { Locale } from "./routing";

type Props = Omit<ComponentProps<"a">, "href"> & { href: string; locale?: Locale };

/**
 * A link inside the portal, written without the locale ("/help"); the current locale is added.
 * A plain <a>: next/link's client code (prefetching, client-side navigation) would add ~4 kB of
 * JavaScript to every page for pages that are rendered on the server anyway.
 */
export async function Link({ href, locale, ...rest }: Props) {
  const l = locale ?? ((await getLocale()) as Locale);
  const path = href === "/" ? `/${l}` : href.startsWith("/") ? `/${l}${href}` : href;
  return <a href={path} {...rest} />;
}
