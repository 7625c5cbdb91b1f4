"use client";

import type { UseFormRegister } from "react-hook-form";
import { SALUTATIONS } from "@/lib/validations/rules/registration";
import type { Option, ProfileFieldTexts } from "@/lib/profile/form-options";
import { SelectField, TextField } from "@/components/ui/field";

export type PersonValues = {
  salutation: string;
  firstName: string;
  lastName: string;
  company: string;
  country: string;
  phone: string;
  locale: string;
};

type Props = {
  // Any form whose values include the person fields.
  register: UseFormRegister<PersonValues>;
  error: (field: keyof PersonValues) => string | undefined;
  options: { fields: ProfileFieldTexts; countries: Option[]; languages: Option[] };
  optional: string;
};

/** Salutation, name, company, country, phone and language: the wizard's person step, the account page and completing a migrated profile. */
export function PersonFields({ register, error, options, optional }: Props) {
  const f = options.fields;
  return (
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
      <SelectField label={f.country} autoComplete="country" error={error("country")} {...register("country")}>
        <option value="">{f.choose}</option>
        {options.countries.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </SelectField>
      <TextField
        label={f.phone}
        optional={optional}
        type="tel"
        autoComplete="tel"
        maxLength={30}
        hint={f.phoneHint}
        error={error("phone")}
        {...register("phone")}
      />
      <SelectField label={f.locale} hint={f.localeHint} error={error("locale")} {...register("locale")}>
        {options.languages.map((l) => (
          <option key={l.value} value={l.value}>
            {l.label}
          </option>
        ))}
      </SelectField>
    </div>
  );
}
