"use server";

import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { signOut } from "@/lib/auth";

// Clears the cookie and ends the session on the server too (Auth.js's signOut event revokes the
// SignInSession row), so a copy of the cookie stops working as well.
export async function signOutAction() {
  const locale = await getLocale();
  await signOut({ redirect: false });
  redirect(`/${locale}/login?signedOut=1`);
}
