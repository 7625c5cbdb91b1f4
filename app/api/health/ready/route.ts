import { readiness } from "@/lib/ops/readiness";

// Readiness: database reachable, schema current, outbox backlog below the limit; 503 otherwise
// and from the moment the instance starts shutting down.
export const dynamic = "force-dynamic";

export async function GET() {
  const result = await readiness();
  return Response.json(result, {
    status: result.status === "ok" ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
