// Gzipped JavaScript each page transfers, measured in Chromium over CDP against a running
// `next start` (as the peers' page-weight measurement does): a cold context per load, cache off,
// Network.loadingFinished.encodedDataLength summed over script responses. kB = 1000 bytes.
import { launchChromium } from "../support/chromium";

export type PageWeight = {
  path: string;
  jsRequests: number;
  jsKb: number;
  cssKb: number;
  htmlKb: number;
  totalKb: number;
};

export async function measurePageWeight(baseUrl: string, paths: string[]): Promise<PageWeight[]> {
  const browser = await launchChromium();
  const out: PageWeight[] = [];
  try {
    for (const path of paths) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send("Network.enable");
      await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
      const types = new Map<string, string>();
      const bytes = { Script: 0, Stylesheet: 0, Document: 0, other: 0 };
      let scripts = 0;
      cdp.on("Network.responseReceived", (e) => {
        if (!e.response.url.endsWith("/favicon.ico")) types.set(e.requestId, e.type);
      });
      cdp.on("Network.loadingFinished", (e) => {
        const type = types.get(e.requestId);
        if (!type) return;
        const key = type in bytes ? (type as keyof typeof bytes) : "other";
        bytes[key] += e.encodedDataLength;
        if (type === "Script") scripts++;
      });
      await page.goto(baseUrl + path, { waitUntil: "networkidle" });
      const kb = (n: number) => Math.round(n / 100) / 10;
      out.push({
        path,
        jsRequests: scripts,
        jsKb: kb(bytes.Script),
        cssKb: kb(bytes.Stylesheet),
        htmlKb: kb(bytes.Document),
        totalKb: kb(bytes.Script + bytes.Stylesheet + bytes.Document + bytes.other),
      });
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [base = "http://localhost:3000", ...paths] = process.argv.slice(2);
  console.table(await measurePageWeight(base, paths.length ? paths : ["/en", "/en/help"]));
}
