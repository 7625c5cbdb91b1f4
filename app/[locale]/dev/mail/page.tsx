import { notFound } from "next/navigation";
import { asLocale } from "@/lib/i18n/routing";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { db } from "@/lib/db";
import { devMailboxEnabled } from "@/lib/env";
import { SendTestEmailForm } from "@/components/dev/send-test-email-form";

export const dynamic = "force-dynamic";

export default async function DevMailPage({ params }: { params: Promise<{ locale: string }> }) {
  if (!devMailboxEnabled) notFound();
  const { locale } = await params;
  setRequestLocale(asLocale(locale));
  const t = await getTranslations("devMail");
  const format = await getFormatter();
  const mails = await db.emailOutbox.findMany({
    where: { provider: "dev", status: "SENT" },
    orderBy: { sentAt: "desc" },
    take: 50,
  });

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="mt-1 text-slate-600">{t("intro")}</p>
      </div>
      <SendTestEmailForm
        labels={{ address: t("address"), send: t("sendTest"), queued: t.raw("testQueued") as string }}
      />
      {mails.length === 0 && <p className="text-slate-600">{t("empty")}</p>}
      <ol className="space-y-4">
        {mails.map((mail, i) => (
          <li key={mail.id}>
            <article aria-label={mail.subject} className="rounded-xl border border-slate-200 bg-white">
              <details open={i === 0}>
                <summary className="cursor-pointer list-none p-4">
                  <h2 className="font-semibold">{mail.subject}</h2>
                  <p className="text-sm text-slate-600">
                    {t("to")}: {mail.to} · {t("sentAt")}:{" "}
                    {mail.sentAt &&
                      format.dateTime(mail.sentAt, { dateStyle: "medium", timeStyle: "medium" })}
                  </p>
                </summary>
                <div className="grid gap-4 border-t border-slate-200 p-4 lg:grid-cols-2">
                  <section>
                    <h3 className="mb-2 text-sm font-medium text-slate-500">{t("html")}</h3>
                    {/* Served on its own (app/api/dev/mail/[id]): e-mails style themselves inline,
                        which this page's policy forbids and a srcdoc frame would inherit. */}
                    <iframe
                      title={mail.subject}
                      src={`/api/dev/mail/${mail.id}`}
                      sandbox="allow-top-navigation-by-user-activation allow-popups allow-popups-to-escape-sandbox"
                      className="h-[28rem] w-full rounded border border-slate-200"
                    />
                  </section>
                  <section>
                    <h3 className="mb-2 text-sm font-medium text-slate-500">{t("text")}</h3>
                    <pre className="h-[28rem] overflow-auto rounded bg-slate-50 p-3 text-sm whitespace-pre-wrap">
                      {mail.text}
                    </pre>
                  </section>
                </div>
              </details>
            </article>
          </li>
        ))}
      </ol>
    </div>
  );
}
