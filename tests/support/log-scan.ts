// Scans captured log output for what must never be logged. Reusable by every journey test: pass
// the addresses, passwords, link tokens, cookie values and configured secrets the journey used;
// generic credential shapes (session JWTs, bearer tokens, password hashes, cookies) are always
// looked for.

export type Sensitive = {
  /** Addresses that may appear only masked (k***@example.com). */
  emails?: string[];
  /** Exact values that must not appear at all: passwords, raw tokens, cookie values, secrets. */
  secrets?: string[];
};

export type Leak = { what: string; line: string };

const GENERIC: [string, RegExp][] = [
  ["a JWT/JWE", /eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*\./],
  ["a bearer credential", /bearer\s+(?!\[redacted\])[A-Za-z0-9._~+/=-]{6,}/i],
  ["a password hash", /\$argon2(id|i|d)\$/],
  ["a session cookie", /(authjs|next-auth)\.[a-z-]*token=(?!\[redacted\])[^;\s"]+/i],
  ["a cookie header", /"(cookie|set-cookie)"\s*:\s*"(?!\[redacted\])/i],
  ["a token in a URL", /[?&](token|code|key|secret)=(?!\[redacted\])[^&\s"]{6,}/i],
  ["a 43-character link token", /(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/],
  ["a Resend API key", /\bre_[A-Za-z0-9_]{8,}/],
];

export function findLeaks(lines: readonly string[], { emails = [], secrets = [] }: Sensitive = {}): Leak[] {
  const leaks: Leak[] = [];
  for (const line of lines) {
    const lower = line.toLowerCase();
    for (const email of emails) {
      if (lower.includes(email.toLowerCase())) leaks.push({ what: `the address ${email}`, line });
    }
    for (const secret of secrets) {
      if (secret.length < 8) throw new Error(`too short to scan for reliably: ${secret}`);
      if (line.includes(secret)) leaks.push({ what: `the secret ${secret.slice(0, 4)}…`, line });
    }
    for (const [what, pattern] of GENERIC) if (pattern.test(line)) leaks.push({ what, line });
  }
  return leaks;
}

/** Lines that are not one JSON object (Next.js's start banner excepted). */
export function unstructuredLines(lines: readonly string[]) {
  return lines.filter((line) => {
    const t = line.trim();
    if (/^(▲|-|✓) /.test(t)) return false;
    try {
      return typeof JSON.parse(t) !== "object";
    } catch {
      return true;
    }
  });
}
