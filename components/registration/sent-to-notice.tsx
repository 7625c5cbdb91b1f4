"use client";

import { useSyncExternalStore } from "react";
import { readSentTo } from "./draft-storage";

type Props = { before: string; after: string; fallback: string };

const noSubscription = () => () => {};

/** "We have sent an e-mail to <address>", with the address the wizard kept in this tab. */
export function SentToNotice({ before, after, fallback }: Props) {
  const sentTo = useSyncExternalStore(noSubscription, readSentTo, () => null);
  return (
    <p className="text-lg text-slate-800">
      {sentTo ? (
        <>
          {before}
          <strong className="font-semibold break-all">{sentTo}</strong>
          {after}
        </>
      ) : (
        fallback
      )}
    </p>
  );
}
