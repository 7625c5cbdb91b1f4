import { chromium } from "@playwright/test";

// Chromium for tests that drive a browser outside Playwright's runner (the ops tests), with the
// same flags as playwright.config.ts. Cookies are per host, not per port, so one browser context
// carries a session from an instance on 127.0.0.1:3600 to one on 127.0.0.1:3601.
export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
  });
}
