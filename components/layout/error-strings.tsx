"use client";

import { createContext, useContext, type ReactNode } from "react";

// The error boundary (app/[locale]/error.tsx) must be a client component; it reads its already
// translated strings from this context instead of shipping next-intl's client runtime on every page.
export type ErrorStrings = { title: string; text: string; retry: string; helpLink: string; locale: string };

const Context = createContext<ErrorStrings | null>(null);

export function ErrorStringsProvider({ value, children }: { value: ErrorStrings; children: ReactNode }) {
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useErrorStrings(): ErrorStrings {
  return (
    useContext(Context) ?? {
      title: "Something went wrong",
      text: "Please try again in a moment.",
      retry: "Try again",
      helpLink: "Help",
      locale: "en",
    }
  );
}
