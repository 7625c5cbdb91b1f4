import { getCurrentStaff } from "@/lib/dal/staff-access";
import { exportDevicesCsv } from "@/lib/dal/staff/device-registry";
import { now } from "@/lib/clock";

// The registry as CSV, in the import's own format. Like every console address it answers 404 to
// anyone who is not staff.
export async function GET() {
  const actor = await getCurrentStaff();
  if (!actor) return new Response("Not found", { status: 404 });
  const csv = await exportDevicesCsv({ actor });
  const day = now().toISOString().slice(0, 10);
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="device-registry-${day}.csv"`,
      "cache-control": "no-store",
    },
  });
}
