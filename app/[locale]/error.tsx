"use client";

import { useErrorStrings } from "@/components/layout/error-strings";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useErrorStrings();
  return (
    <div role="alert" className="mx-auto max-w-xl py-16 text-center">
      <h1 className="text-3xl font-semibold">{t.title}</h1>
      <p className="mt-4 text-slate-600">{t.text}</p>
      <button
        type="button"
        onClick={reset}
        className="bg-brand-600 hover:bg-brand-700 mt-8 rounded-md px-4 py-2 font-medium text-white"
      >
        {t.retry}
      </button>
      <p className="mt-6">
        {/* A plain link: next/link would add its client code to every page. */}
        <a href={`/${t.locale}/help`} className="text-brand-700 hover:text-brand-800 font-medium underline">
          {t.helpLink}
        </a>
      </p>
    </div>
  );
}
