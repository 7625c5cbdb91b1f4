// E-mails cannot know the reader's time zone: times are written in UTC and say so.
export function formatEmailTime(date: Date, locale: string) {
  const text = new Intl.DateTimeFormat(locale, {
    dateStyle: "long",
    timeStyle: "short",
    timeZone: "UTC",
  }).format(date);
  return `${text} UTC`;
}
