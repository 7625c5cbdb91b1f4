// The registration wizard's final submission over HTTP, exactly as the browser posts it: a POST to
// the register page carrying the server action's id (Next-Action) and the wizard's data as the
// action's single argument. Used by the ops tests, the bench and the load script.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { RegistrationInput } from "@/lib/validations/registration";

/** The id Next.js gave the register server action in the build in `distDir`. */
export function registerActionId(distDir: string) {
  const manifest = JSON.parse(
    readFileSync(path.join(distDir, "server", "server-reference-manifest.json"), "utf8"),
  ) as { node: Record<string, { exportedName?: string }> };
  const hit = Object.entries(manifest.node).find(([, v]) => v.exportedName === "registerAction");
  if (!hit) throw new Error(`registerAction not found in ${distDir}'s server reference manifest`);
  return hit[0];
}

export type RegistrationPost = {
  /** The portal's configured base URL: the browser's Origin (other origins are refused). */
  origin: string;
  actionId: string;
  input: RegistrationInput;
  /** The client address the reverse proxy reports (X-Forwarded-For). */
  ip: string;
  locale?: string;
};

export function registrationRequest({ origin, actionId, input, ip, locale = "en" }: RegistrationPost) {
  return {
    method: "POST" as const,
    path: `/${locale}/register`,
    headers: {
      "next-action": actionId,
      "content-type": "text/plain;charset=UTF-8",
      accept: "text/x-component",
      origin,
      "x-forwarded-for": ip,
    },
    body: JSON.stringify([input]),
  };
}

/** Whether the action's answer (React flight data) carries `{ ok: true }`. */
export function registrationAccepted(status: number, body: string) {
  return status === 200 && /"ok":true\b/.test(body);
}

export type Answer = { status: number; headers: [string, string][]; body: string };

/**
 * Posts one registration to `url`. The answer's headers leave out what differs on every answer
 * whoever asks (date, request id, the CSP nonce), so answers can be compared whole.
 */
export async function postRegistration(url: string, post: RegistrationPost): Promise<Answer> {
  const req = registrationRequest(post);
  const res = await fetch(`${url}${req.path}`, {
    method: req.method,
    headers: req.headers,
    body: req.body,
    redirect: "manual",
  });
  const headers = [...res.headers.entries()]
    .filter(([name]) => name !== "date" && name !== "x-request-id")
    .map(([name, value]) => [name, value.replace(/'nonce-[^']+'/g, "'nonce-…'")] as [string, string])
    .sort(([a], [b]) => a.localeCompare(b));
  return { status: res.status, headers, body: await res.text() };
}
