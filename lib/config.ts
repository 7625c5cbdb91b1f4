import "server-only";
import { env } from "@/lib/env";

// The brand facts pages and e-mails show; all from configuration with neutral demo defaults.
// Getters, because the build imports this module without any configuration.
export const brand = {
  get portalName() {
    return env.PORTAL_NAME;
  },
  get company() {
    return env.COMPANY_NAME;
  },
  get supportEmail() {
    return env.SUPPORT_EMAIL;
  },
  get feedbackUrl() {
    return env.FEEDBACK_URL ?? `mailto:${env.SUPPORT_EMAIL}?subject=Feedback`;
  },
  get baseUrl() {
    return env.APP_BASE_URL.replace(/\/$/, "");
  },
};

export type Brand = typeof brand;

/** An absolute link for e-mails: always from the configured base URL, never from the request. */
export function absoluteUrl(path: string) {
  return `${brand.baseUrl}${path.startsWith("/") ? path : `/${path}`}`;
}
