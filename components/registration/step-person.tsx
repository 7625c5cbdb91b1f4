"use client";

import { useForm, type UseFormRegister } from "react-hook-form";
import { rulesResolver } from "@/lib/validations/rules-resolver";
import type { ValuesOf } from "@/lib/validations/rules/core";
import { registrationStepRules } from "@/lib/validations/rules/registration";
import { PersonFields, type PersonValues } from "@/components/account/person-fields";
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
      <PersonFields
        register={register as UseFormRegister<PersonValues>}
        error={error}
        options={{ fields: text.fields, countries: ui.countries, languages: ui.languages }}
        optional={text.optional}
      />
    </StepFrame>
  );
}
