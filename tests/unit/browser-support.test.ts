import { describe, expect, it } from "vitest";
import { isOutdatedBrowser } from "@/lib/browser-support";

const UA = {
  chromeNew:
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
  chromeOld:
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/90.0.4430.93 Safari/537.36",
  ie11: "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko",
  safariOld:
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/15.6 Safari/605.1.15",
  firefoxNew: "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0",
  curl: "curl/8.5.0",
};

describe("isOutdatedBrowser", () => {
  it("flags browsers below the supported minimum", () => {
    expect(isOutdatedBrowser(UA.chromeOld)).toBe(true);
    expect(isOutdatedBrowser(UA.ie11)).toBe(true);
    expect(isOutdatedBrowser(UA.safariOld)).toBe(true);
  });

  it("leaves current and unknown agents alone", () => {
    expect(isOutdatedBrowser(UA.chromeNew)).toBe(false);
    expect(isOutdatedBrowser(UA.firefoxNew)).toBe(false);
    expect(isOutdatedBrowser(UA.curl)).toBe(false);
    expect(isOutdatedBrowser(null)).toBe(false);
  });
});
