// The page's address (path and query, as the browser shows it), handed from proxy.ts to server
// components in a request header: Next.js gives server components no other way to know it.
// Dependency-free: proxy.ts imports it.

export const PAGE_ADDRESS_HEADER = "x-page-address";

/** Path and query, without the router's own `_rsc` parameter. */
export function pageAddress(url: URL) {
  const query = new URLSearchParams(url.search);
  query.delete("_rsc");
  const search = query.toString();
  return search ? `${url.pathname}?${search}` : url.pathname;
}
