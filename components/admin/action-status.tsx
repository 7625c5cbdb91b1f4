"use client";

import { createContext, useContext, useState, type ReactNode } from "react";

const Announce = createContext<((message: string) => void) | null>(null);

/**
 * A status line for the actions inside it whose own row goes away when they succeed (ending the
 * session a list item shows): their confirmation appears here, outside the row, and stays.
 */
export function ActionStatusRegion({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState("");
  return (
    <Announce.Provider value={setMessage}>
      {children}
      <p role="status" className="mt-2 text-sm font-medium text-emerald-800 empty:hidden">
        {message}
      </p>
    </Announce.Provider>
  );
}

/** The enclosing ActionStatusRegion's announcer, or null outside one. */
export function useActionStatus() {
  return useContext(Announce);
}
