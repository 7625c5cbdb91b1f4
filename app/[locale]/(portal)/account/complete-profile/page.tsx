import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { asLocale } from "@/lib/i18n/routing";
import { redirect } from "next/navigation";
import { brand } from "@/lib/config";
import { db } from "@/lib/db";
import { requireUser } from "@/lib/dal/session";
import { legacyPrefill } from "@/lib/migration/legacy-profile";
import { profileFormOptions } from "@/lib/profile/form-options";
import { CompleteProfileForm } from "@/components/migration/complete-profile-form";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: asLocale((await params).locale), namespace: "migration" });
  return { title: t("completeTitle") };
}

// FAQ 1.9, step 3: the data of the old customer-area account, to check and complete once.
export default async function CompleteProfilePage({ params }: Props) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const user = await requireUser({ returnTo: "/account/complete-profile" });
  const prefill = await legacyPrefill(user.id);
  if (!prefill) redirect(`/${locale}/dashboard`);
  const t = await getTranslations("migration");
  const tr = await getTranslations("register");
  const [options, own] = await Promise.all([
    profileFormOptions(locale),
    db.user.findUniqueOrThrow({ where: { id: user.id }, select: { salutation: true, phone: true } }),
  ]);

  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <div>
        <h1 className="text-2xl font-semibold text-slate-900">{t("completeTitle")}</h1>
        <p className="mt-2 text-slate-600">{t("completeIntro", { portalName: brand.portalName })}</p>
      </div>
      <div className="rounded-xl border border-slate-200 bg-white p-6">
        <CompleteProfileForm
          defaults={{
            salutation: own.salutation,
            firstName: prefill.firstName,
            lastName: prefill.lastName,
            company: prefill.company,
            country: prefill.country,
            phone: own.phone ?? "",
            locale: user.locale,
            serials: prefill.serials.filter((s) => !s.registered).map((s) => s.serial),
            interests: prefill.interests,
          }}
          devices={prefill.serials}
          options={options}
          text={{
            devicesLegend: t("devicesLegend"),
            devicesHint: t("devicesHint"),
            registered: t("registered"),
            noDevices: t("noDevices"),
            optional: tr("optional"),
            submit: t("submit"),
            submitting: t("submitting"),
            formError: tr("formError"),
          }}
        />
      </div>
    </div>
  );
}
