"use client";

import { useForm, type UseFormRegister } from "react-hook-form";
import { rulesResolver } from "@/lib/validations/rules-resolver";
import type { Fields } from "@/lib/validations/rules/core";
import { profileRules } from "@/lib/validations/rules/profile";
import { updateProfileAction } from "@/lib/actions/update-profile-action";
import type { ProfileFormOptions } from "@/lib/profile/form-options";
import { errorText } from "@/components/auth/form-messages";
import { PersonFields, type PersonValues } from "./person-fields";
import { SavedForm } from "./saved-form";

type Props = {
  defaults: PersonValues;
  options: Pick<ProfileFormOptions, "fields" | "countries" | "languages" | "validation">;
  text: { optional: string; submit: string; submitting: string; saved: string; formError: string };
};

export function ProfileForm({ defaults, options, text }: Props) {
  const form = useForm<PersonValues>({
    resolver: rulesResolver<Fields, PersonValues>(profileRules),
    defaultValues: defaults,
  });
  const error = (name: keyof PersonValues) =>
    errorText(options.validation, form.formState.errors[name]?.message);
  return (
    <SavedForm form={form} submit={(v) => updateProfileAction(v as never)} text={text}>
      <PersonFields
        register={form.register as UseFormRegister<PersonValues>}
        error={error}
        options={options}
        optional={text.optional}
      />
    </SavedForm>
  );
}
