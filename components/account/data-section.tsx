import { getMessages, getTranslations } from "next-intl/server";
import { AccountSection } from "./account-section";
import { DeleteAccountForm } from "./delete-account-form";

/** Download my data (JSON) and delete my account. */
export async function DataSection() {
  const t = await getTranslations("account");
  const validation = (await getMessages()).validation as Record<string, string>;
  return (
    <>
      <AccountSection id="data" title={t("data.title")} intro={t("data.intro")}>
        <a
          href="/api/account/export"
          download
          className="inline-flex rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-800 hover:bg-slate-50"
        >
          {t("data.download")}
        </a>
      </AccountSection>
      <AccountSection id="delete" title={t("delete.title")} intro={t("delete.intro")}>
        <DeleteAccountForm
          validation={validation}
          text={{
            password: t("delete.password"),
            confirm: t("delete.confirm"),
            submit: t("delete.submit"),
            submitting: t("saving"),
          }}
        />
      </AccountSection>
    </>
  );
}
