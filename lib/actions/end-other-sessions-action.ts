"use server";

import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { requireUser } from "@/lib/dal/session";
import { clientIp } from "@/lib/request-info";
import { endOtherSessions } from "@/lib/security/sessions";

// Account page: signs out every browser but this one.
export async function endOtherSessionsAction() {
  const user = await requireUser();
  const locale = await getLocale();
  await endOtherSessions({ actorId: user.id, userId: user.id, ip: await clientIp() }, user.sessionId);
  redirect(`/${locale}/account?othersEnded=1#security`);
}
