// What may never reach a log line: passwords, tokens, cookies, secrets; and e-mail addresses only
// masked. Two layers: values under secret-sounding keys are dropped before serialisation, and the
// finished line is scrubbed for anything that looks like a credential wherever it appears.

const SECRET_KEY =
  /pass(word)?|secret|token|cookie|authori[sz]ation|api[-_]?key|otp|totp|recovery|hash|signature|credential|^code$|^session/i;

const REDACTED = "[redacted]";

/** `kim.lee@example.com` → `k***@example.com`: enough to tell addresses apart, not to read them. */
export function maskEmail(address: string) {
  const at = address.lastIndexOf("@");
  if (at < 1) return REDACTED;
  return `${address[0]}***${address.slice(at)}`;
}

const PATTERNS: [RegExp, string | ((...m: string[]) => string)][] = [
  // Credentials inside URLs (postgresql://user:password@host).
  [/([a-z][a-z0-9+.-]*:\/\/[^:/\s"@]+:)[^@\s"]+@/gi, `$1${REDACTED}@`],
  [/(bearer\s+)[^\s",]+/gi, `$1${REDACTED}`],
  [/(basic\s+)[A-Za-z0-9+/=]{8,}/gi, `$1${REDACTED}`],
  // JWT / JWE (session tokens).
  [/eyJ[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]*){2,4}/g, REDACTED],
  [/\$argon2[a-z]*\$[^\s"]+/g, REDACTED],
  [/\bre_[A-Za-z0-9_]{8,}/g, REDACTED],
  // token=…, code=… in query strings or form bodies.
  [/([?&;\s](?:token|code|key|secret|password|sig)=)[^&\s"]+/gi, `$1${REDACTED}`],
  // Random tokens (single-use links are 43 base64url characters, hashes 64 hex).
  [/(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{40,}(?![A-Za-z0-9_-])/g, REDACTED],
  [
    /(?<![A-Za-z0-9._%+-])([A-Za-z0-9._%+-]+)@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})/g,
    (_m, local, domain) => maskEmail(`${local}@${domain}`),
  ],
];

/** Scrubs a finished log line (or any text) of credentials and e-mail addresses. */
export function scrubText(text: string, exactSecrets: readonly string[] = []) {
  let out = text;
  for (const secret of exactSecrets) if (secret.length >= 8) out = out.split(secret).join(REDACTED);
  for (const [pattern, replacement] of PATTERNS) {
    out = out.replace(pattern, replacement as string);
  }
  return out;
}

function plainError(e: Error, depth: number): Record<string, unknown> {
  const out: Record<string, unknown> = { type: e.name, message: e.message, stack: e.stack };
  const extra = e as Error & { code?: unknown; digest?: unknown };
  if (extra.code !== undefined) out.code = extra.code;
  if (extra.digest !== undefined) out.digest = extra.digest;
  if (e.cause !== undefined && depth < 3) out.cause = redactKeys(e.cause, depth + 1);
  return out;
}

/**
 * Replaces the values of secret-sounding keys (password, token, cookie, authorization, …) at any
 * depth. Errors become plain objects with only name, message, stack, code and cause, because
 * libraries hang request configs (with headers) on their errors.
 */
export function redactKeys(value: unknown, depth = 0): unknown {
  if (depth > 8 || value === null || typeof value !== "object") return value;
  if (value instanceof Error) return plainError(value, depth);
  if (value instanceof Date) return value;
  if (Array.isArray(value)) return value.map((v) => redactKeys(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    out[key] = SECRET_KEY.test(key) && v !== undefined && v !== null ? REDACTED : redactKeys(v, depth + 1);
  }
  return out;
}
