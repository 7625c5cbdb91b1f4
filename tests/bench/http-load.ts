// Serial-number check at a fixed 200 requests per second (open loop, evenly spaced: ./paced-load.ts),
// and registration latency (the server action, as the wizard calls it) at a few submissions in flight.
import { randomUUID } from "node:crypto";
import { load, nextIp } from "./load";
import { pacedLoad } from "./paced-load";
import { BENCH_DIST } from "./bench-server";
import { registerActionId, registrationAccepted, registrationRequest } from "../support/register-http";
import { registration } from "../support/registration-input";

type Target = { baseUrl: string };

export async function benchSerialCheck(
  server: Target,
  { seconds = 15, rate = 200, maxRequests = 50_000 } = {},
) {
  const serials = ["NW100A", "NW101B", "CG200A", "XX900Z", "AB123C"];
  let n = 0;
  const r = await pacedLoad({
    url: server.baseUrl,
    rate,
    seconds: Math.min(seconds, maxRequests / rate),
    next: () => ({
      path: `/api/serials/${serials[n++ % serials.length]}`,
      headers: { "x-forwarded-for": nextIp() },
    }),
    judge: (status) => status === 200,
  });
  return { rate, ...r };
}

/**
 * Registrations of fresh addresses (`<prefix>-<random>@northwind.example`); an answer counts as ok
 * only when the action said `{ ok: true }` (a throttled or refused submission is also a 200).
 */
export async function benchRegistration(
  server: Target,
  {
    seconds = 15,
    connections = 4,
    actionId = registerActionId(BENCH_DIST),
    origin = server.baseUrl,
    prefix = "bench",
    maxRequests = 50_000,
  } = {},
) {
  return load({
    url: server.baseUrl,
    connections,
    seconds,
    maxRequests,
    next: () =>
      registrationRequest({
        origin,
        actionId,
        ip: nextIp(),
        input: registration({
          email: `${prefix}-${randomUUID().slice(0, 12)}@northwind.example`,
          firstName: "Bench",
          lastName: "Register",
          phone: "",
          locale: "en",
          interests: [],
        }),
      }),
    judge: (status, _headers, body) => registrationAccepted(status, body),
  });
}
