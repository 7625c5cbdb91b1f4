"use client";

import { lazy, Suspense, useEffect, useRef, useState, type ComponentProps } from "react";

// The form and its form library load when the enclosing <details> is first opened: on the sign-in
// page it is folded away, and most visitors never open it.
const ResendConfirmationForm = lazy(() =>
  import("./resend-confirmation-form").then((m) => ({ default: m.ResendConfirmationForm })),
);

type Props = ComponentProps<typeof ResendConfirmationForm> & { loading: string };

export function ResendWhenOpened({ loading, ...form }: Props) {
  const anchor = useRef<HTMLDivElement>(null);
  const [opened, setOpened] = useState(false);
  useEffect(() => {
    const details = anchor.current?.closest("details");
    if (!details || details.open) return setOpened(true);
    const onToggle = () => details.open && setOpened(true);
    details.addEventListener("toggle", onToggle);
    return () => details.removeEventListener("toggle", onToggle);
  }, []);
  return (
    <div ref={anchor}>
      {opened && (
        <Suspense fallback={<p className="text-sm text-slate-600">{loading}</p>}>
          <ResendConfirmationForm {...form} />
        </Suspense>
      )}
    </div>
  );
}
