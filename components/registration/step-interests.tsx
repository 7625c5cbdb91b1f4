"use client";

import { useForm } from "react-hook-form";
import { rulesResolver } from "@/lib/validations/rules-resolver";
import { registrationStepRules } from "@/lib/validations/rules/registration";
import { StepFrame } from "./step-frame";
import { useStepForm } from "./use-step-form";
import type { Option, StepProps } from "./wizard-types";

export function StepInterests(props: StepProps) {
  const { ui, values } = props;
  const { text } = ui;
  const form = useForm({
    resolver: rulesResolver(registrationStepRules.interests),
    defaultValues: { interests: values.interests },
  });
  const { heading, back } = useStepForm(form, props);

  const group = (legend: string, options: Option[]) => (
    <fieldset className="space-y-2">
      <legend className="text-sm font-semibold text-slate-800">{legend}</legend>
      {options.map((o) => (
        <div key={o.value} className="flex items-center gap-3">
          <input
            id={`interest-${o.value}`}
            type="checkbox"
            value={o.value}
            className="text-brand-600 focus:ring-brand-600 size-4 rounded border-slate-300"
            {...form.register("interests")}
          />
          <label htmlFor={`interest-${o.value}`} className="text-sm text-slate-800">
            {o.label}
          </label>
        </div>
      ))}
    </fieldset>
  );

  return (
    <StepFrame
      id="interests"
      heading={text.steps.interests.heading}
      intro={text.steps.interests.intro}
      headingRef={heading}
      onSubmit={form.handleSubmit((v) => props.onNext(v))}
      onBack={back}
      backLabel={text.back}
      nextLabel={text.next}
    >
      <fieldset>
        <legend className="font-medium text-slate-900">
          {text.fields.interests} <span className="font-normal text-slate-500">({text.optional})</span>
        </legend>
        <div className="mt-4 grid gap-6 sm:grid-cols-2">
          {group(text.fields.products, ui.products)}
          {group(text.fields.topics, ui.topics)}
        </div>
      </fieldset>
    </StepFrame>
  );
}
