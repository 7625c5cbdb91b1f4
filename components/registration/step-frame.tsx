import type { FormEventHandler, ReactNode, Ref } from "react";
import { Button } from "@/components/ui/button";

type Props = {
  id: string;
  heading: string;
  intro: string;
  headingRef: Ref<HTMLHeadingElement>;
  onSubmit: FormEventHandler<HTMLFormElement>;
  onBack?: () => void;
  backLabel: string;
  nextLabel: string;
  busy?: boolean;
  children: ReactNode;
};

/** One wizard step: heading (focused after navigation), its fields, Back and Next. */
export function StepFrame(props: Props) {
  const { id, heading, intro, headingRef, onSubmit, onBack, backLabel, nextLabel, busy, children } = props;
  return (
    <form noValidate onSubmit={onSubmit} aria-labelledby={`${id}-heading`} className="space-y-6">
      <div>
        <h2
          id={`${id}-heading`}
          ref={headingRef}
          tabIndex={-1}
          className="text-xl font-semibold text-slate-900 focus:outline-none"
        >
          {heading}
        </h2>
        <p className="mt-1 text-sm text-slate-600">{intro}</p>
      </div>
      {children}
      <div className="flex flex-col-reverse gap-3 border-t border-slate-200 pt-6 sm:flex-row sm:justify-between">
        {onBack ? (
          <Button variant="secondary" onClick={onBack}>
            {backLabel}
          </Button>
        ) : (
          <span />
        )}
        <Button type="submit" disabled={busy} aria-busy={busy || undefined}>
          {nextLabel}
        </Button>
      </div>
    </form>
  );
}
