"use server";

import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { signOut } from "@/lib/auth";
import { requireUser } from "@/lib/dal/session";
import { clientIp } from "@/lib/request-info";
import { deleteAccount } from "@/lib/account/delete-account";
import type { ActionResult } from "@/lib/actions/result";
import { validationErrors, validationMessage } from "@/lib/actions/validation-errors";
import { deleteAccountSchema, type DeleteAccountInput } from "@/lib/validations/profile";

// Account page: deletes the account after the password is re-entered, then signs out.
export async function deleteAccountAction(input: DeleteAccountInput): Promise<ActionResult> {
  const user = await requireUser();
  const parsed = deleteAccountSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: await validationErrors(parsed.error) };
  const outcome = await deleteAccount(user.id, parsed.data.deletePassword, await clientIp());
  if (!outcome.ok)
    return { ok: false, fieldErrors: { deletePassword: await validationMessage(outcome.problem) } };
  const locale = await getLocale();
  await signOut({ redirect: false });
  redirect(`/${locale}/account-deleted`);
}
