// Serial-number check at a fixed 200 requests per second, and registration latency (the server
// action, as the wizard calls it) at a few submissions in flight.
import { readFileSync } from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { load } from "./load";
import { nextIp } from "./load";
import type { BenchServer } from "./bench-server";
import { BENCH_DIST } from "./bench-server";

export async function benchSerialCheck(server: BenchServer, { seconds = 15, rate = 200 } = {}) {
  const serials = ["NW100A", "NW101B", "CG200A", "XX900Z", "AB123C"];
  let n = 0;
  const r = await load({
    url: server.baseUrl,
    connections: 16,
    rate,
    seconds,
    next: () => ({
      path: `/api/serials/${serials[n++ % serials.length]}`,
      headers: { "x-forwarded-for": nextIp() },
    }),
    judge: (status) => status === 200,
  });
  return { rate, ...r };
}

/** The id Next.js gave the register server action in this build. */
function registerActionId() {
  const manifest = JSON.parse(
    readFileSync(path.join(BENCH_DIST, "server", "server-reference-manifest.json"), "utf8"),
  ) as { node: Record<string, { exportedName?: string; filename?: string }> };
  const hit = Object.entries(manifest.node).find(([, v]) => v.exportedName === "registerAction");
  if (!hit) throw new Error("registerAction not found in the server reference manifest");
  return hit[0];
}

export function registrationBody(email: string) {
  return JSON.stringify([
    {
      email,
      password: "violet tractor humming quietly",
      passwordConfirm: "violet tractor humming quietly",
      salutation: "MS",
      firstName: "Bench",
      lastName: "Register",
      company: "Northwind Energy",
      country: "DE",
      phone: "",
      locale: "en",
      serial: "NW100A",
      interests: [],
      acceptTerms: true,
    },
  ]);
}

export function registrationRequest(baseUrl: string, email: string) {
  return {
    method: "POST" as const,
    path: "/en/register",
    headers: {
      "next-action": registerActionId(),
      "content-type": "text/plain;charset=UTF-8",
      accept: "text/x-component",
      origin: baseUrl,
      "x-forwarded-for": nextIp(),
    },
    body: registrationBody(email),
  };
}

export async function benchRegistration(server: BenchServer, { seconds = 15, connections = 4 } = {}) {
  const r = await load({
    url: server.baseUrl,
    connections,
    seconds,
    next: () => registrationRequest(server.baseUrl, `bench-${randomUUID().slice(0, 12)}@northwind.example`),
    judge: (status) => status === 200,
  });
  return r;
}
