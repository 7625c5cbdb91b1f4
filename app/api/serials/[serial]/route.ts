import { hit } from "@/lib/rate-limit";
import { clientIp } from "@/lib/request-info";
import { checkSerial, publicSerialCheck } from "@/lib/registration/serials";
import { LIMITS } from "@/lib/registration/limits";
import { guardedRoute } from "@/lib/security/guarded-route";

// Live check of the wizard's serial field: format, known or not, and the product's name, never
// the owning company. Throttled per client address. The wizard asks on every pause in typing, so
// this handler runs without proxy.ts (see its matcher); guardedRoute sets the security headers
// and answers 503 while the database is unreachable, as proxy.ts would.
export const GET = guardedRoute(
  async (_request: Request, { params }: { params: Promise<{ serial: string }> }) => {
    const headers = { "cache-control": "no-store" };
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
  },
);
