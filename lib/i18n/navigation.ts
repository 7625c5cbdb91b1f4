// Links inside the portal: ./link.tsx adds the current locale to "/help"-style paths. next-intl's
// createNavigation is not used: its Link is a client component that would add next-intl's runtime
// (and ICU formatter) to every page. Server code redirects with next/navigation's redirect() to
// `/${locale}/…`.
export { Link } from "./link";
