"use client";

import { useEffect, useRef } from "react";
import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import type { Draft, StepProps } from "./wizard-types";

/**
 * What every step form shares: report each change (the wizard keeps a draft for reloads), show
 * errors found after the step was left, and move focus to the step's heading after navigation.
 */
export function useStepForm<T extends FieldValues>(form: UseFormReturn<T>, props: StepProps) {
  const { onChange, errors, focusHeading } = props;
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    const sub = form.watch((values) => onChange(values as Partial<Draft>));
    return () => sub.unsubscribe();
  }, [form, onChange]);

  useEffect(() => {
    const own = Object.entries(errors).filter(([field]) => field in form.getValues());
    own.forEach(([field, message], i) =>
      form.setError(field as Path<T>, { type: "server", message }, { shouldFocus: i === 0 }),
    );
    if (own.length === 0 && focusHeading) heading.current?.focus();
    // Only when the step appears: later edits clear these errors through validation.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return { heading, back: () => props.onBack(form.getValues() as Partial<Draft>) };
}
