/** "7 December 2026 at 09:30 UTC" in the e-mail's language; UTC because we do not know the reader's zone. */
export function formatDeadline(iso: string, locale: string) {
  return new Intl.DateTimeFormat(locale, {
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: "UTC",
    timeZoneName: "short",
  }).format(new Date(iso));
}
