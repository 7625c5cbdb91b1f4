import Bowser from "bowser";

export type DeviceInfo = { browser: string; os: string; mobile: boolean };

/** Browser family and operating system from a User-Agent header ("" when unknown). */
export function describeUserAgent(ua: string | null | undefined): DeviceInfo {
  if (!ua) return { browser: "", os: "", mobile: false };
  const parsed = Bowser.parse(ua);
  return {
    browser: parsed.browser.name ?? "",
    os: parsed.os.name ?? "",
    mobile: parsed.platform.type === "mobile" || parsed.platform.type === "tablet",
  };
}

export function deviceLabel(d: DeviceInfo, unknown: string) {
  return [d.browser, d.os].filter(Boolean).join(" · ") || unknown;
}
