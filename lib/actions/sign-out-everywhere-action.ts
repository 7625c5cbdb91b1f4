"use server";

import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { signOut } from "@/lib/auth";
import { requireUser } from "@/lib/dal/session";
import { revokeAllSessions } from "@/lib/auth/revocation";
import { audit } from "@/lib/audit";
import { clientIp } from "@/lib/request-info";

// Ends every session of the account, on every device, this one included.
export async function signOutEverywhereAction() {
  const user = await requireUser();
  const locale = await getLocale();
  await revokeAllSessions(user.id);
  await audit({ action: "signout.everywhere", actorId: user.id, targetId: user.id, ip: await clientIp() });
  await signOut({ redirect: false });
  redirect(`/${locale}/login?signedOut=1`);
}
