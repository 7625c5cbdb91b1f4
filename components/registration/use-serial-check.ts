"use client";

import { useEffect, useState } from "react";
import { normalizeSerial, SERIAL_PATTERN } from "@/lib/validations/rules/fields";

export type SerialStatus =
  | { state: "idle" }
  | { state: "checking" }
  | { state: "format" }
  | { state: "unknown"; serial: string }
  | { state: "valid"; serial: string; productName: string }
  | { state: "throttled" };

const DEBOUNCE_MS = 400;

/** Asks the registry about a serial (GET /api/serials/<serial>); answers are cached per serial. */
export async function lookUpSerial(serial: string, cache: Map<string, SerialStatus>, signal?: AbortSignal) {
  const cached = cache.get(serial);
  if (cached) return cached;
  const res = await fetch(`/api/serials/${encodeURIComponent(serial)}`, { signal });
  const status = (await res.json()) as SerialStatus;
  if (status.state !== "throttled") cache.set(serial, status);
  return status;
}

/**
 * The live status of the serial field while the user types: nothing until it could be complete,
 * then the format verdict in the browser, and the registry's answer after a pause in typing.
 */
export function useSerialCheck(input: string) {
  // One cache per field for the life of the step; never replaced, so a state initialiser holds it.
  const [cache] = useState(() => new Map<string, SerialStatus>());
  const [status, setStatus] = useState<SerialStatus>({ state: "idle" });
  const serial = normalizeSerial(input ?? "");

  useEffect(() => {
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      if (serial.length < 6) return setStatus({ state: "idle" });
      if (!SERIAL_PATTERN.test(serial)) return setStatus({ state: "format" });
      setStatus(cache.get(serial) ?? { state: "checking" });
      try {
        setStatus(await lookUpSerial(serial, cache, controller.signal));
      } catch {
        if (!controller.signal.aborted) setStatus({ state: "idle" });
      }
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [serial, cache]);

  return { status, serial, cache };
}
