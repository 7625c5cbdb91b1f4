import { getTranslations } from "next-intl/server";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/routing";
import { profileFormOptions } from "@/lib/profile/form-options";
import { AccountSection } from "./account-section";
import { ProfileForm } from "./profile-form";

type Props = { userId: string; locale: Locale };

export async function ProfileSection({ userId, locale }: Props) {
  const t = await getTranslations("account");
  const tr = await getTranslations("register");
  const [user, options] = await Promise.all([
    db.user.findUniqueOrThrow({
      where: { id: userId },
      select: {
        salutation: true,
        firstName: true,
        lastName: true,
        company: true,
        country: true,
        phone: true,
        locale: true,
      },
    }),
    profileFormOptions(locale),
  ]);
  return (
    <AccountSection id="profile" title={t("profile.title")} intro={t("profile.intro")}>
      <ProfileForm
        defaults={{ ...user, phone: user.phone ?? "" }}
        options={options}
        text={{
          optional: tr("optional"),
          submit: t("save"),
          submitting: t("saving"),
          saved: t("saved"),
          formError: tr("formError"),
        }}
      />
    </AccountSection>
  );
}
