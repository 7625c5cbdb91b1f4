// The one source of "now". Expiry rules (14 days, 60 minutes, 12 hours) are tested by moving
// this clock instead of sleeping; outside tests the offset is always zero.
// Kept on globalThis so every bundle of a server process sees the same clock.
const state = globalThis as unknown as { __clockOffsetMs?: number };

export function now(): Date {
  return new Date(Date.now() + (state.__clockOffsetMs ?? 0));
}

export function setClockOffset(ms: number) {
  state.__clockOffsetMs = ms;
}

export function advanceClock(ms: number) {
  state.__clockOffsetMs = (state.__clockOffsetMs ?? 0) + ms;
}

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
