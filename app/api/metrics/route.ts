import { createHash, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";
import { metrics } from "@/lib/observability/metrics";
import { sampleDatabaseGauges } from "@/lib/observability/database-gauges";

// Prometheus text format. Without METRICS_TOKEN the endpoint does not exist (404); with it, a
// scrape must send `Authorization: Bearer <token>`.
export const dynamic = "force-dynamic";

const digest = (value: string) => createHash("sha256").update(value).digest();

function authorized(header: string | null, token: string) {
  const given = header?.match(/^Bearer\s+(.+)$/i)?.[1]?.trim() ?? "";
  return timingSafeEqual(digest(given), digest(token));
}

export async function GET(request: Request) {
  const token = env.METRICS_TOKEN;
  if (!token) return new Response("Not found", { status: 404 });
  if (!authorized(request.headers.get("authorization"), token)) {
    return new Response("Unauthorized", {
      status: 401,
      headers: { "WWW-Authenticate": 'Bearer realm="metrics"' },
    });
  }
  await sampleDatabaseGauges();
  return new Response(await metrics.registry.metrics(), {
    headers: { "Content-Type": metrics.registry.contentType, "Cache-Control": "no-store" },
  });
}
