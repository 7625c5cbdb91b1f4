// Reads samples out of a Prometheus text exposition (enough for assertions in tests).

/** The value of `name` whose labels include all of `labels`; summed when several match. */
export function sample(text: string, name: string, labels: Record<string, string> = {}) {
  let sum: number | undefined;
  for (const line of text.split("\n")) {
    if (line.startsWith("#")) continue;
    const m = line.match(/^([a-zA-Z_:][\w:]*)(?:\{(.*)\})?\s+(\S+)$/);
    if (!m || m[1] !== name) continue;
    const have = Object.fromEntries(
      [...(m[2] ?? "").matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((l) => [l[1], l[2]]),
    );
    if (Object.entries(labels).every(([k, v]) => have[k] === v)) sum = (sum ?? 0) + Number(m[3]);
  }
  return sum;
}

export async function scrape(url: string, token: string) {
  const res = await fetch(`${url}/api/metrics`, { headers: { Authorization: `Bearer ${token}` } });
  if (!res.ok) throw new Error(`metrics answered ${res.status}`);
  return res.text();
}
