import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

type Props = { topics: { slug: string; name: string }[]; current?: string };

/** Plain links (?topic=…), so the filter works without JavaScript and can be bookmarked. */
export async function TopicFilter({ topics, current }: Props) {
  const t = await getTranslations("dashboard");
  const chip = (active: boolean) =>
    `inline-flex rounded-full border px-3 py-1 text-sm ${
      active
        ? "border-brand-600 bg-brand-600 text-white"
        : "border-slate-300 bg-white text-slate-800 hover:bg-slate-50"
    }`;
  return (
    <nav aria-label={t("filterLabel")}>
      <ul className="flex flex-wrap gap-2">
        <li>
          <Link href="/dashboard" className={chip(!current)} aria-current={!current ? "page" : undefined}>
            {t("allTopics")}
          </Link>
        </li>
        {topics.map((topic) => (
          <li key={topic.slug}>
            <Link
              href={`/dashboard?topic=${encodeURIComponent(topic.slug)}`}
              className={chip(current === topic.slug)}
              aria-current={current === topic.slug ? "page" : undefined}
            >
              {topic.name}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
