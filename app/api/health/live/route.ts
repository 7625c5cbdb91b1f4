// Liveness: the process is up and answering. Stays 200 while shutting down (draining is what
// readiness reports), so an orchestrator does not kill an instance finishing its work.
export const dynamic = "force-dynamic";

export function GET() {
  return Response.json(
    { status: "ok", uptimeSeconds: Math.round(process.uptime()) },
    { headers: { "Cache-Control": "no-store" } },
  );
}
