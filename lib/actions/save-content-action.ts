"use server";

import { notFound, redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { db } from "@/lib/db";
import { requireStaff } from "@/lib/dal/staff-access";
import { clientIp } from "@/lib/request-info";
import { saveContent } from "@/lib/content/manage-content";
import type { ActionResult } from "@/lib/actions/result";
import { validationErrors } from "@/lib/actions/validation-errors";
import { contentSchema, type ContentInput } from "@/lib/validations/content";

// Staff console: create or edit a dashboard content item, then back to the list.
export async function saveContentAction(input: ContentInput): Promise<ActionResult> {
  const staff = await requireStaff();
  const parsed = contentSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: await validationErrors(parsed.error) };
  const { id } = parsed.data;
  if (id && !(await db.contentItem.findUnique({ where: { id }, select: { id: true } }))) notFound();
  await saveContent(parsed.data, staff.id, await clientIp());
  redirect(`/${await getLocale()}/admin/content?saved=1`);
}
