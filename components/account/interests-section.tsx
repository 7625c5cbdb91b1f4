import { getTranslations } from "next-intl/server";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/routing";
import { profileFormOptions } from "@/lib/profile/form-options";
import { AccountSection } from "./account-section";
import { InterestsForm } from "./interests-form";

type Props = { userId: string; locale: Locale };

export async function InterestsSection({ userId, locale }: Props) {
  const t = await getTranslations("account");
  const tr = await getTranslations("register");
  const [chosen, options] = await Promise.all([
    db.userInterest.findMany({ where: { userId }, select: { topic: { select: { slug: true } } } }),
    profileFormOptions(locale),
  ]);
  return (
    <AccountSection id="interests" title={t("interests.title")} intro={t("interests.intro")}>
      <InterestsForm
        defaults={chosen.map((c) => c.topic.slug)}
        groups={[
          { legend: options.fields.products, options: options.products },
          { legend: options.fields.topics, options: options.topics },
        ]}
        text={{
          legend: options.fields.interests,
          submit: t("save"),
          submitting: t("saving"),
          saved: t("saved"),
          formError: tr("formError"),
        }}
      />
    </AccountSection>
  );
}
