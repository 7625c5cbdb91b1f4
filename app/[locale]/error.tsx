"use client";

import { readErrorStrings } from "@/components/layout/error-strings";

// "Try again" loads the whole page again rather than re-rendering this segment: a failed server
// render (most often the database) needs a new request, and while the database is unreachable
// that request gets the portal's localized "temporarily unavailable" page (proxy.ts).
export default function ErrorPage(_props: { error: Error; reset: () => void }) {
  const t = readErrorStrings();
  return (
    <div role="alert" className="mx-auto max-w-xl py-16 text-center">
      <h1 className="text-3xl font-semibold">{t.title}</h1>
      <p className="mt-4 text-slate-600">{t.text}</p>
      <button
        type="button"
        onClick={() => window.location.reload()}
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
