"use client";

import type { ReactNode } from "react";
import { useForm } from "react-hook-form";
import { rulesResolver } from "@/lib/validations/rules-resolver";
import { registrationStepRules } from "@/lib/validations/rules/registration";
import type { RegistrationStep } from "@/lib/validations/registration";
import { CheckboxField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { StepFrame } from "./step-frame";
import { fill } from "./draft-storage";
import { useStepForm } from "./use-step-form";
import { messageFor, type Option, type StepProps } from "./wizard-types";

type Props = StepProps & {
  submitting: boolean;
  onEdit: (step: RegistrationStep, values: { acceptTerms?: boolean }) => void;
};

const labelOf = (options: Option[], value?: string) => options.find((o) => o.value === value)?.label ?? value;

export function StepReview(props: Props) {
  const { ui, values, submitting } = props;
  const { text, validation } = ui;
  const form = useForm<{ acceptTerms: true }>({
    resolver: rulesResolver(registrationStepRules.review),
    defaultValues: values.acceptTerms ? { acceptTerms: true } : {},
  });
  const { heading, back } = useStepForm(form, props);
  const f = text.fields;
  const interests = values.interests
    .map((slug) => labelOf([...ui.products, ...ui.topics], slug))
    .filter(Boolean)
    .join(", ");

  const section = (step: RegistrationStep, rows: [string, ReactNode][]) => (
    <section aria-labelledby={`review-${step}`} className="rounded-lg border border-slate-200 p-4">
      <div className="flex items-center justify-between gap-4">
        <h3 id={`review-${step}`} className="font-semibold text-slate-900">
          {text.steps[step].title}
        </h3>
        <Button
          variant="link"
          aria-label={fill(text.review.changeSection, { section: text.steps[step].title })}
          onClick={() => props.onEdit(step, form.getValues())}
        >
          {text.review.change}
        </Button>
      </div>
      <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[12rem_1fr]">
        {rows.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="text-slate-600">{term}</dt>
            <dd className="break-words text-slate-900">{value || "–"}</dd>
          </div>
        ))}
      </dl>
    </section>
  );

  return (
    <StepFrame
      id="review"
      heading={text.steps.review.heading}
      intro={text.steps.review.intro}
      headingRef={heading}
      onSubmit={form.handleSubmit((v) => props.onNext(v))}
      onBack={back}
      backLabel={text.back}
      nextLabel={submitting ? text.submitting : text.submit}
      busy={submitting}
    >
      <div className="space-y-4">
        {section("account", [
          [f.email, values.email],
          [
            text.review.password,
            values.password ? (
              text.review.passwordSet
            ) : (
              <span className="font-medium text-red-700">{text.review.passwordMissing}</span>
            ),
          ],
        ])}
        {section("person", [
          [f.salutation, values.salutation && f.salutations[values.salutation as keyof typeof f.salutations]],
          [f.firstName, values.firstName],
          [f.lastName, values.lastName],
          [f.company, values.company],
          [f.country, labelOf(ui.countries, values.country)],
          [f.phone, values.phone],
          [f.locale, labelOf(ui.languages, values.locale)],
        ])}
        {section("device", [[f.serial, [values.serial, values.productName].filter(Boolean).join(" · ")]])}
        {section("interests", [[text.review.selected, interests || text.review.none]])}
      </div>
      <CheckboxField
        label={fill(f.acceptTerms, { company: ui.company, supportEmail: ui.supportEmail })}
        error={messageFor(form.formState.errors.acceptTerms, validation)}
        {...form.register("acceptTerms")}
      />
    </StepFrame>
  );
}
