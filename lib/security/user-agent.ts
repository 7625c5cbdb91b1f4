import Bowser from "bowser";

export type DeviceInfo = { browser: string; os: string; mobile: boolean };

// Parsing a User-Agent costs tens of microseconds and the same few strings come back on every
// sign-in and session list, so parsed results are kept (bounded; oldest dropped first).
const MEMO_LIMIT = 500;
const memo = new Map<string, DeviceInfo>();

/** Browser family and operating system from a User-Agent header ("" when unknown). */
export function describeUserAgent(ua: string | null | undefined): DeviceInfo {
  if (!ua) return { browser: "", os: "", mobile: false };
  const known = memo.get(ua);
  if (known) return known;
  const parsed = Bowser.parse(ua);
  const info = {
    browser: parsed.browser.name ?? "",
    os: parsed.os.name ?? "",
    mobile: parsed.platform.type === "mobile" || parsed.platform.type === "tablet",
  };
  if (memo.size >= MEMO_LIMIT) memo.delete(memo.keys().next().value!);
  memo.set(ua, info);
  return info;
}

export function deviceLabel(d: DeviceInfo, unknown: string) {
  return [d.browser, d.os].filter(Boolean).join(" · ") || unknown;
}
