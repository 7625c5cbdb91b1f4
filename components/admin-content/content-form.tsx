"use client";

import { useForm } from "react-hook-form";
import { rulesResolver } from "@/lib/validations/rules-resolver";
import type { Fields } from "@/lib/validations/rules/core";
import { CONTENT_KINDS, contentRules } from "@/lib/validations/rules/content";
import type { ContentInput } from "@/lib/validations/content";
import { saveContentAction } from "@/lib/actions/save-content-action";
import { CheckboxField, SelectField, TextField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { applyFieldErrors, errorText } from "@/components/auth/form-messages";

type Option = { value: string; label: string };
type Values = Required<Omit<ContentInput, "id">> & { id?: string };

type Props = {
  defaults: Values;
  topics: Option[];
  products: Option[];
  countries: Option[];
  validation: Record<string, string>;
  text: Record<string, string>;
};

const LANGS = [
  ["En", "english"],
  ["De", "german"],
  ["Es", "spanish"],
] as const;

export function ContentForm({ defaults, topics, products, countries, validation, text }: Props) {
  const form = useForm<Values>({
    resolver: rulesResolver<Fields, Values>(contentRules),
    defaultValues: defaults,
  });
  const { errors, isSubmitting } = form.formState;
  const error = (name: keyof Values) => errorText(validation, errors[name]?.message);
  const onSubmit = form.handleSubmit(async (values) => {
    const result = await saveContentAction(values);
    if (result && !result.ok) applyFieldErrors(form.setError, result.fieldErrors);
  });
  const select = (name: "topic" | "product" | "country", options: Option[]) => (
    <SelectField label={text[name]} error={error(name)} {...form.register(name)}>
      <option value="">{text.none}</option>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </SelectField>
  );
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      <div className="grid gap-5 sm:grid-cols-2">
        <SelectField label={text.kind} error={error("kind")} {...form.register("kind")}>
          {CONTENT_KINDS.map((k) => (
            <option key={k} value={k}>
              {text[`kind_${k}`]}
            </option>
          ))}
        </SelectField>
        <div className="self-end">
          <CheckboxField label={text.exclusive} {...form.register("exclusive")} />
        </div>
        {select("topic", topics)}
        {select("product", products)}
        {select("country", countries)}
        <TextField label={text.city} maxLength={80} error={error("city")} {...form.register("city")} />
        <TextField
          label={text.startsAt}
          type="datetime-local"
          error={error("startsAt")}
          {...form.register("startsAt")}
        />
        <TextField
          label={text.url}
          type="url"
          hint={text.urlHint}
          error={error("url")}
          {...form.register("url")}
        />
      </div>
      {LANGS.map(([suffix, lang]) => (
        <fieldset key={suffix} className="space-y-3 rounded-lg border border-slate-200 p-4">
          <legend className="px-1 font-medium text-slate-900">{text[lang]}</legend>
          <TextField
            label={`${text.title} (${text[lang]})`}
            maxLength={160}
            error={error(`title${suffix}`)}
            {...form.register(`title${suffix}`)}
          />
          <TextField
            label={`${text.summary} (${text[lang]})`}
            maxLength={500}
            error={error(`summary${suffix}`)}
            {...form.register(`summary${suffix}`)}
          />
        </fieldset>
      ))}
      <Button type="submit" disabled={isSubmitting}>
        {text.save}
      </Button>
    </form>
  );
}
