import { chromium } from "@playwright/test";

// Debian's Chromium with the one set of flags every browser run here uses: Playwright's runner
// (playwright.config.ts), the ops tests and the bench (page weight, Lighthouse).
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

export const CHROMIUM_LAUNCH = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: CHROMIUM_ARGS,
};

// For tests that drive a browser outside Playwright's runner (the ops tests). Cookies are per
// host, not per port, so one browser context carries a session from an instance on
// 127.0.0.1:3600 to one on 127.0.0.1:3601.
export function launchChromium() {
  return chromium.launch(CHROMIUM_LAUNCH);
}
