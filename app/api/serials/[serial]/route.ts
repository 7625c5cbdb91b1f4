import { hit } from "@/lib/rate-limit";
import { env } from "@/lib/env";
import { clientIp } from "@/lib/request-info";
import { checkSerial, publicSerialCheck } from "@/lib/registration/serials";
import { LIMITS } from "@/lib/registration/limits";
import { databaseOutage } from "@/lib/ops/database-outage";
import { isDatabaseUnreachable } from "@/lib/ops/database-errors";
import { routeHandlerSecurityHeaders } from "@/lib/security/security-headers";

// Live check of the wizard's serial field: format, known or not, and the product's name, never
// the owning company. Throttled per client address. The wizard asks on every pause in typing, so
// this handler runs without proxy.ts (see its matcher): it sets its own security headers, and
// answers 503 while the database is unreachable, as proxy.ts would.
export async function GET(_request: Request, { params }: { params: Promise<{ serial: string }> }) {
  const headers = {
    "cache-control": "no-store",
    ...routeHandlerSecurityHeaders({ appEnv: env.APP_ENV, baseUrl: env.APP_BASE_URL }),
  };
  const unavailable = async () => {
    // The module with every language's texts loads only during an outage.
    const response = (await import("@/lib/ops/unavailable-response")).unavailableApi();
    for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
    return response;
  };
  if (databaseOutage()) return unavailable();
  try {
    const { name, rule } = LIMITS.serialCheckPerIp;
    const limit = await hit(name, await clientIp(), rule);
    if (!limit.ok) {
      const retryAfter = String(Math.ceil(limit.retryAfterMs / 1000));
      return Response.json(
        { state: "throttled" },
        { status: 429, headers: { ...headers, "retry-after": retryAfter } },
      );
    }
    const { serial } = await params;
    return Response.json(publicSerialCheck(await checkSerial(serial)), { headers });
  } catch (error) {
    if (isDatabaseUnreachable(error)) return unavailable();
    throw error;
  }
}
