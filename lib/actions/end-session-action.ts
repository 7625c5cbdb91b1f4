"use server";

import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { requireUser } from "@/lib/dal/session";
import { clientIp } from "@/lib/request-info";
import { endSession } from "@/lib/security/sessions";
import { sessionIdSchema } from "@/lib/validations/security";

// Account page: signs out one of the user's own browsers (form post with the session id).
export async function endSessionAction(form: FormData) {
  const user = await requireUser();
  const locale = await getLocale();
  const parsed = sessionIdSchema.safeParse({ sessionId: form.get("sessionId") });
  if (parsed.success && parsed.data.sessionId !== user.sessionId)
    await endSession({ actorId: user.id, userId: user.id, ip: await clientIp() }, parsed.data.sessionId);
  redirect(`/${locale}/account?sessionEnded=1#security`);
}
