import "server-only";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/routing";
import { getCurrentUser } from "@/lib/dal/session";
import { needsProfileCompletion } from "@/lib/migration/legacy-profile";
import { TOPIC_NAME } from "@/lib/profile/form-options";
import { pickTranslation } from "./content-text";
import { exclusiveAccess } from "./access";
import { isRecordId } from "@/lib/validations/rules/fields";

/** One content item in the reader's language, and whether this request may open it. */
export async function contentForReader(id: string, locale: Locale) {
  if (!isRecordId(id)) return null;
  const item = await db.contentItem.findUnique({
    where: { id },
    include: {
      translations: true,
      topic: { select: { nameEn: true, nameDe: true, nameEs: true } },
      product: { select: { name: true } },
    },
  });
  if (!item) return null;
  const user = await getCurrentUser();
  const access = exclusiveAccess(item.exclusive, {
    signedIn: !!user && !user.mustChangePassword,
    profilePending: !!user && (await needsProfileCompletion(user.id)),
  });
  const text = pickTranslation(item.translations, locale);
  return {
    access,
    user,
    item: {
      id: item.id,
      kind: item.kind,
      exclusive: item.exclusive,
      url: item.url,
      city: item.city,
      country: item.country,
      startsAt: item.startsAt,
      title: text.title,
      summary: text.summary,
      topic: item.topic ? item.topic[TOPIC_NAME[locale]] : null,
      product: item.product?.name ?? null,
    },
  };
}
