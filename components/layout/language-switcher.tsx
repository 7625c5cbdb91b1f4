import { headers } from "next/headers";
import { PAGE_ADDRESS_HEADER } from "@/lib/i18n/page-address";
import { NONCE_HEADER } from "@/lib/security/security-headers";

type Props = { current: string; label: string; languages: { code: string; label: string }[] };

// The server knows the address as it was requested; what changed in the browser since, the help
// search typed so far (kept in ?q= as you type) and the entry jumped to (#slug, the same in every
// language), is put on a language link the moment it is used: clicked, opened in a new tab or
// copied. A few lines inline (with the page's nonce), no script file: KeepPlaceScript.
const KEEP_PLACE = `(() => {
  const keep = (event) => {
    const link = event.target instanceof Element && event.target.closest("a[data-language-link]");
    if (!link) return;
    const url = new URL(link.href);
    url.search = location.search;
    url.hash = location.hash;
    link.href = url.href;
  };
  for (const type of ["click", "auxclick", "contextmenu"]) document.addEventListener(type, keep, true);
})();`;

// Plain links that swap the locale segment and keep the rest of the address (path and query).
// Rendered on the server from the address proxy.ts passes on; they work without any script.
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
            data-language-link=""
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

/**
 * The language links' script, for the end of the body. It listens on the document, so it may come
 * last; an inline script in the header would stop the parser there and the browser would paint
 * the header alone a frame before the page's content.
 */
export async function KeepPlaceScript() {
  const nonce = (await headers()).get(NONCE_HEADER) ?? undefined;
  return <script nonce={nonce} dangerouslySetInnerHTML={{ __html: KEEP_PLACE }} />;
}
