"use client";

import { useForm } from "react-hook-form";
import { rulesResolver } from "@/lib/validations/rules-resolver";
import type { ValuesOf } from "@/lib/validations/rules/core";
import { registrationStepRules, SALUTATIONS } from "@/lib/validations/rules/registration";
import { SelectField, TextField } from "@/components/ui/field";
import { StepFrame } from "./step-frame";
import { useStepForm } from "./use-step-form";
import { messageFor, type StepProps } from "./wizard-types";

type Input = ValuesOf<typeof registrationStepRules.person.fields>;

export function StepPerson(props: StepProps) {
  const { ui, values } = props;
  const { text, validation } = ui;
  const form = useForm<Input>({
    resolver: rulesResolver(registrationStepRules.person),
    defaultValues: {
      salutation: values.salutation as Input["salutation"],
      firstName: values.firstName,
      lastName: values.lastName,
      company: values.company,
      country: values.country as Input["country"],
      phone: values.phone,
      locale: values.locale as Input["locale"],
    },
    mode: "onTouched",
  });
  const { heading, back } = useStepForm(form, props);
  const { register, formState } = form;
  const error = (name: keyof typeof formState.errors) => messageFor(formState.errors[name], validation);
  const f = text.fields;

  return (
    <StepFrame
      id="person"
      heading={text.steps.person.heading}
      intro={text.steps.person.intro}
      headingRef={heading}
      onSubmit={form.handleSubmit((v) => props.onNext(v))}
      onBack={back}
      backLabel={text.back}
      nextLabel={text.next}
    >
      <div className="grid gap-5 sm:grid-cols-2">
        <div className="sm:col-span-2 sm:max-w-xs">
          <SelectField label={f.salutation} error={error("salutation")} {...register("salutation")}>
            <option value="">{f.choose}</option>
            {SALUTATIONS.map((s) => (
              <option key={s} value={s}>
                {f.salutations[s]}
              </option>
            ))}
          </SelectField>
        </div>
        <TextField
          label={f.firstName}
          autoComplete="given-name"
          maxLength={80}
          error={error("firstName")}
          {...register("firstName")}
        />
        <TextField
          label={f.lastName}
          autoComplete="family-name"
          maxLength={80}
          error={error("lastName")}
          {...register("lastName")}
        />
        <div className="sm:col-span-2">
          <TextField
            label={f.company}
            autoComplete="organization"
            maxLength={120}
            error={error("company")}
            {...register("company")}
          />
        </div>
        <SelectField
          label={f.country}
          autoComplete="country"
          error={error("country")}
          {...register("country")}
        >
          <option value="">{f.choose}</option>
          {ui.countries.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </SelectField>
        <TextField
          label={f.phone}
          optional={text.optional}
          type="tel"
          autoComplete="tel"
          maxLength={30}
          hint={f.phoneHint}
          error={error("phone")}
          {...register("phone")}
        />
        <SelectField label={f.locale} hint={f.localeHint} error={error("locale")} {...register("locale")}>
          {ui.languages.map((l) => (
            <option key={l.value} value={l.value}>
              {l.label}
            </option>
          ))}
        </SelectField>
      </div>
    </StepFrame>
  );
}
