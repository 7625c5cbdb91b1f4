// Lighthouse (npm `lighthouse`, Debian Chromium, default mobile profile): performance,
// accessibility and best-practices per page, the median of `runs` runs (LCP on loopback varies
// by up to 0.6 s between runs of the same page).
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { CHROMIUM_ARGS, CHROMIUM_LAUNCH } from "../support/chromium";

const exec = promisify(execFile);
const CATEGORIES = ["performance", "accessibility", "best-practices"] as const;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function once(url: string) {
  const { stdout } = await exec(
    "npx",
    [
      "lighthouse",
      url,
      "--output=json",
      "--output-path=stdout",
      "--quiet",
      `--only-categories=${CATEGORIES.join(",")}`,
      `--chrome-flags=${CHROMIUM_ARGS.join(" ")}`,
    ],
    {
      env: { ...process.env, CHROME_PATH: CHROMIUM_LAUNCH.executablePath },
      maxBuffer: 64 * 1024 * 1024,
      timeout: 180_000,
    },
  );
  const report = JSON.parse(stdout) as {
    categories: Record<string, { score: number }>;
    audits: Record<string, { numericValue?: number }>;
  };
  return {
    ...Object.fromEntries(CATEGORIES.map((c) => [c, Math.round(report.categories[c]!.score * 100)])),
    lcpMs: Math.round(report.audits["largest-contentful-paint"]?.numericValue ?? NaN),
    tbtMs: Math.round(report.audits["total-blocking-time"]?.numericValue ?? NaN),
  } as Scores;
}

/**
 * Lighthouse now and then fails to record its trace ("NO_NAVSTART", exit code 1): such a run is
 * repeated, at most twice, rather than failing the whole benchmark.
 */
async function withRetries<T>(run: () => Promise<T>, tries = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (attempt >= tries) throw error;
      console.log(`lighthouse run failed (${String(error).slice(0, 120)}); trying again`);
    }
  }
}

type Scores = Record<(typeof CATEGORIES)[number] | "lcpMs" | "tbtMs", number>;

export async function lighthouseMedians(baseUrl: string, paths: string[], runs = 5) {
  const out = [];
  for (const path of paths) {
    const results: Scores[] = [];
    for (let i = 0; i < runs; i++) results.push(await withRetries(() => once(baseUrl + path)));
    const pick = (k: keyof Scores) => median(results.map((r) => r[k]));
    out.push({
      path,
      runs,
      performance: pick("performance"),
      accessibility: pick("accessibility"),
      bestPractices: pick("best-practices"),
      lcpMs: pick("lcpMs"),
      tbtMs: pick("tbtMs"),
    });
    console.log(`lighthouse ${path}: ${JSON.stringify(out.at(-1))}`);
  }
  return out;
}
