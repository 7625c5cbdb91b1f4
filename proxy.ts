import createMiddleware from "next-intl/middleware";
import { routing } from "@/lib/i18n/routing";

// Locale routing only: `/` picks a language from Accept-Language (fallback en) and every page
// lives under /en, /de or /es. Access checks happen on the server in pages and actions.
export default createMiddleware(routing);

export const config = {
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)"],
};
