// The wizard's draft lives in sessionStorage so a reload keeps what was typed; passwords are
// never written there. Storage can be unavailable (privacy modes): then nothing is kept.

export const DRAFT_KEY = "registration-draft";
export const SENT_TO_KEY = "registration-sent-to";

const SECRET_FIELDS = ["password", "passwordConfirm"];

export type StoredDraft = { step: number; values: Record<string, unknown> };

export function readDraft(): StoredDraft | null {
  try {
    const raw = sessionStorage.getItem(DRAFT_KEY);
    const parsed = raw ? (JSON.parse(raw) as StoredDraft) : null;
    if (!parsed || typeof parsed.step !== "number" || typeof parsed.values !== "object") return null;
    return parsed;
  } catch {
    return null;
  }
}

export function writeDraft(step: number, values: Record<string, unknown>) {
  const safe = Object.fromEntries(Object.entries(values).filter(([k]) => !SECRET_FIELDS.includes(k)));
  try {
    sessionStorage.setItem(DRAFT_KEY, JSON.stringify({ step, values: safe }));
  } catch {
    // Not stored: the wizard still works, only a reload loses the input.
  }
}

export function finishDraft(sentTo: string) {
  try {
    sessionStorage.removeItem(DRAFT_KEY);
    sessionStorage.setItem(SENT_TO_KEY, sentTo);
  } catch {}
}

export function readSentTo() {
  try {
    return sessionStorage.getItem(SENT_TO_KEY);
  } catch {
    return null;
  }
}

/** Fills "{name}" placeholders of a message passed down from the server. */
export function fill(template: string, values: Record<string, string | number>) {
  return template.replace(/\{(\w+)\}/g, (m, key: string) => (key in values ? String(values[key]) : m));
}
