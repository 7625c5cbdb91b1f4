import "server-only";
import { db } from "@/lib/db";
import { now } from "@/lib/clock";
import type { ContentKind } from "@/lib/generated/prisma/client";
import { TOPIC_NAME } from "@/lib/profile/form-options";
import type { Locale } from "@/lib/i18n/routing";
import { pickTranslation } from "./content-text";

export type DashboardItem = {
  id: string;
  kind: ContentKind;
  title: string;
  summary: string;
  exclusive: boolean;
  url: string | null;
  city: string | null;
  country: string | null;
  startsAt: Date | null;
  topic: string | null;
  product: string | null;
};

export type Dashboard = {
  topics: { slug: string; name: string }[];
  hasChoices: boolean;
  events: DashboardItem[];
  updates: DashboardItem[];
  videos: DashboardItem[];
  articles: DashboardItem[];
  documents: DashboardItem[];
};

/**
 * The signed-in customer's overview (FAQ 1.1): content on the topics they chose and on the
 * products of those topics, software updates for the products of their registered devices.
 * Upcoming events and trainings only, those in the user's country first, then by date.
 * `topic` narrows everything to one of the user's topics.
 */
export async function loadDashboard(userId: string, locale: Locale, topic?: string): Promise<Dashboard> {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      country: true,
      interests: {
        select: {
          topic: {
            select: { id: true, slug: true, nameEn: true, nameDe: true, nameEs: true, sortOrder: true },
          },
        },
      },
      devices: { select: { device: { select: { productId: true } } } },
    },
  });
  const chosen = user.interests
    .map((i) => i.topic)
    .sort((a, b) => a.sortOrder - b.sortOrder || a.slug.localeCompare(b.slug));
  const selected = topic ? chosen.filter((t) => t.slug === topic) : chosen;
  const topicIds = selected.map((t) => t.id);
  const deviceProducts = [...new Set(user.devices.map((d) => d.device.productId))];

  const items = await db.contentItem.findMany({
    where: {
      publishedAt: { lte: now() },
      OR: [
        { topicId: { in: topicIds } },
        { product: { topicId: { in: topicIds } }, kind: { not: "SOFTWARE_UPDATE" } },
        // Updates follow the devices; with a topic filter, only those of that topic's products.
        {
          kind: "SOFTWARE_UPDATE",
          productId: { in: deviceProducts },
          ...(topic ? { product: { topicId: { in: topicIds } } } : {}),
        },
      ],
    },
    include: {
      translations: true,
      topic: { select: { nameEn: true, nameDe: true, nameEs: true } },
      product: { select: { name: true } },
    },
    orderBy: [{ publishedAt: "desc" }],
    take: 200,
  });

  const at = now();
  const toItem = (i: (typeof items)[number]): DashboardItem => {
    const text = pickTranslation(i.translations, locale);
    return {
      id: i.id,
      kind: i.kind,
      title: text.title,
      summary: text.summary,
      exclusive: i.exclusive,
      url: i.url,
      city: i.city,
      country: i.country,
      startsAt: i.startsAt,
      topic: i.topic ? i.topic[TOPIC_NAME[locale]] : null,
      product: i.product?.name ?? null,
    };
  };
  const of = (...kinds: ContentKind[]) => items.filter((i) => kinds.includes(i.kind)).map(toItem);
  const events = of("EVENT", "TRAINING")
    .filter((e) => !e.startsAt || e.startsAt >= at)
    .sort(
      (a, b) =>
        Number(b.country === user.country) - Number(a.country === user.country) ||
        (a.startsAt?.getTime() ?? Infinity) - (b.startsAt?.getTime() ?? Infinity),
    );

  return {
    topics: chosen.map((t) => ({ slug: t.slug, name: t[TOPIC_NAME[locale]] })),
    hasChoices: chosen.length > 0 || deviceProducts.length > 0,
    events,
    updates: of("SOFTWARE_UPDATE"),
    videos: of("VIDEO"),
    articles: of("ARTICLE"),
    documents: of("DOCUMENT"),
  };
}
