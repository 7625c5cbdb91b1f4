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
  // The form carries the id of another of the user's own signed-in browsers. Anything else (a
  // forged value, this browser, someone else's or an ended sign-in) ends nothing, and the page then
  // does not claim it did.
  const ended =
    parsed.success &&
    parsed.data.sessionId !== user.sessionId &&
    (await endSession({ actorId: user.id, userId: user.id, ip: await clientIp() }, parsed.data.sessionId));
  redirect(`/${locale}/account${ended ? "?sessionEnded=1" : ""}#security`);
}
