import { headers } from "next/headers";
import { PAGE_ADDRESS_HEADER } from "@/lib/i18n/page-address";

type Props = { current: string; label: string; languages: { code: string; label: string }[] };

// Plain links that swap the locale segment and keep the rest of the address (path and query).
// Rendered on the server from the address proxy.ts passes on: no script on any page for it.
export async function LanguageSwitcher({ current, label, languages }: Props) {
  const address = (await headers()).get(PAGE_ADDRESS_HEADER) ?? `/${current}`;
  const rest = address.replace(/^\/[a-z]{2}(?=[/?]|$)/, "");

  return (
    <ul aria-label={label} className="flex items-center gap-1">
      {languages.map(({ code, label: name }) => (
        <li key={code}>
          <a
            href={`/${code}${rest}`}
            hrefLang={code}
            lang={code}
            aria-current={code === current ? "true" : undefined}
            title={name}
            className={
              code === current
                ? "text-brand-800 rounded px-2 py-1 font-semibold uppercase underline decoration-2 underline-offset-4"
                : "hover:text-brand-700 rounded px-2 py-1 text-slate-600 uppercase hover:bg-slate-100"
            }
          >
            <span aria-hidden="true">{code}</span>
            <span className="sr-only">{name}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}
