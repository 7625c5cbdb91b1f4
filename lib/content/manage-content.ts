import "server-only";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import type { ContentData } from "@/lib/validations/content";

const LOCALES = [
  ["en", "titleEn", "summaryEn"],
  ["de", "titleDe", "summaryDe"],
  ["es", "titleEs", "summaryEs"],
] as const;

/** Creates or updates a content item; a language whose title is empty has no translation. */
export async function saveContent(data: ContentData, actorId: string, ip?: string | null) {
  const [topic, product] = await Promise.all([
    data.topic ? db.topic.findUnique({ where: { slug: data.topic }, select: { id: true } }) : null,
    data.product ? db.product.findUnique({ where: { slug: data.product }, select: { id: true } }) : null,
  ]);
  const fields = {
    kind: data.kind,
    topicId: topic?.id ?? null,
    productId: product?.id ?? null,
    exclusive: data.exclusive,
    url: data.url || null,
    country: data.country || null,
    city: data.city || null,
    // The form's datetime-local value has no zone; the console labels it UTC.
    startsAt: data.startsAt
      ? new Date(/(Z|[+-]\d\d:\d\d)$/.test(data.startsAt) ? data.startsAt : `${data.startsAt}Z`)
      : null,
  };
  return db.$transaction(async (tx) => {
    const item = data.id
      ? await tx.contentItem.update({ where: { id: data.id }, data: fields, select: { id: true } })
      : await tx.contentItem.create({ data: fields, select: { id: true } });
    for (const [locale, title, summary] of LOCALES) {
      const text = { title: data[title], summary: data[summary] || data[title] };
      if (!text.title) {
        await tx.contentTranslation.deleteMany({ where: { contentId: item.id, locale } });
        continue;
      }
      await tx.contentTranslation.upsert({
        where: { contentId_locale: { contentId: item.id, locale } },
        create: { contentId: item.id, locale, ...text },
        update: text,
      });
    }
    await audit(
      { action: data.id ? "staff.content.updated" : "staff.content.created", actorId, targetId: item.id, ip },
      tx,
    );
    return item.id;
  });
}
