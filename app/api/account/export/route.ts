import { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/dal/session";
import { audit } from "@/lib/audit";
import { clientIp } from "@/lib/request-info";
import { exportUserData } from "@/lib/account/export-data";

// "Download my data": the signed-in user's own data as a JSON attachment.
export async function GET() {
  const user = await getCurrentUser();
  if (!user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const data = await exportUserData(user.id);
  await audit({ action: "account.data_exported", actorId: user.id, targetId: user.id, ip: await clientIp() });
  return new NextResponse(JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="my-data-${user.username}.json"`,
      "Cache-Control": "private, no-store",
    },
  });
}
