"use client";

import { useState } from "react";
import { useForm, type UseFormRegister } from "react-hook-form";
import { rulesResolver } from "@/lib/validations/rules-resolver";
import type { Fields } from "@/lib/validations/rules/core";
import { completeProfileRules } from "@/lib/validations/rules/profile";
import { completeProfileAction } from "@/lib/actions/complete-profile-action";
import type { ProfileFormOptions } from "@/lib/profile/form-options";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { PersonFields, type PersonValues } from "@/components/account/person-fields";
import { TopicCheckboxes } from "@/components/account/topic-checkboxes";
import { applyFieldErrors, errorText } from "@/components/auth/form-messages";

type Values = {
  salutation: string;
  firstName: string;
  lastName: string;
  company: string;
  country: string;
  phone: string;
  locale: string;
  serials: string[];
  interests: string[];
};

type Props = {
  defaults: Values;
  devices: { serial: string; productName: string; registered: boolean }[];
  options: ProfileFormOptions;
  text: {
    devicesLegend: string;
    devicesHint: string;
    registered: string;
    noDevices: string;
    optional: string;
    submit: string;
    submitting: string;
    formError: string;
  };
};

export function CompleteProfileForm({ defaults, devices, options, text }: Props) {
  const [formError, setFormError] = useState<string>();
  const form = useForm<Values>({
    resolver: rulesResolver<Fields, Values>(completeProfileRules),
    defaultValues: defaults,
  });
  const { errors, isSubmitting } = form.formState;
  const error = (name: keyof Values) => errorText(options.validation, errors[name]?.message);

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(undefined);
    try {
      const result = await completeProfileAction(values as never);
      if (result && !result.ok) applyFieldErrors(form.setError, result.fieldErrors);
    } catch {
      setFormError(text.formError);
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-8">
      {formError && <Alert tone="error">{formError}</Alert>}
      <PersonFields
        register={form.register as unknown as UseFormRegister<PersonValues>}
        error={error}
        options={options}
        optional={text.optional}
      />
      <fieldset className="space-y-2">
        <legend className="font-medium text-slate-900">{text.devicesLegend}</legend>
        <p className="text-sm text-slate-600">{text.devicesHint}</p>
        {devices.length === 0 && <p className="text-sm text-slate-600">{text.noDevices}</p>}
        {devices.map((d) => (
          <div key={d.serial} className="flex items-center gap-3">
            <input
              id={`keep-${d.serial}`}
              type="checkbox"
              value={d.serial}
              disabled={d.registered}
              defaultChecked={d.registered || undefined}
              className="text-brand-600 focus:ring-brand-600 size-4 rounded border-slate-300"
              {...(d.registered ? {} : form.register("serials"))}
            />
            <label htmlFor={`keep-${d.serial}`} className="text-sm text-slate-800">
              <span className="font-mono">{d.serial}</span> · {d.productName}
              {d.registered && <span className="ml-2 text-slate-500">({text.registered})</span>}
            </label>
          </div>
        ))}
      </fieldset>
      <TopicCheckboxes
        legend={options.fields.interests}
        groups={[
          { legend: options.fields.products, options: options.products },
          { legend: options.fields.topics, options: options.topics },
        ]}
        field={form.register("interests")}
        idPrefix="interest"
      />
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? text.submitting : text.submit}
      </Button>
    </form>
  );
}
