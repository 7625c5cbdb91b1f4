"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { rulesResolver } from "@/lib/validations/rules-resolver";
import { deviceRules } from "@/lib/validations/rules/staff";
import { saveDeviceAction } from "@/lib/actions/save-device-action";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";
import { applyFieldErrors, errorText, type ValidationTexts } from "@/components/auth/form-messages";

type Values = { serial: string; product: string; company?: string; domains?: string };

type Props = {
  mode: "create" | "update";
  initial: Values;
  products: { slug: string; name: string }[];
  /** Where to go after saving ("{serial}" is replaced). */
  next: string;
  labels: {
    serial: string;
    serialHint: string;
    product: string;
    choose: string;
    company: string;
    companyHint: string;
    domains: string;
    domainsHint: string;
    optional: string;
    save: string;
    saving: string;
  };
  validation: ValidationTexts;
};

/** One registry entry: serial, product, owning company and the company's e-mail domains. */
export function DeviceForm({ mode, initial, products, next, labels, validation }: Props) {
  const router = useRouter();
  const [formError, setFormError] = useState<string>();
  const form = useForm<Values>({ resolver: rulesResolver(deviceRules), defaultValues: initial });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(undefined);
    const result = await saveDeviceAction({ ...values, mode });
    if (!result.ok) {
      applyFieldErrors(form.setError, result.fieldErrors);
      setFormError(result.formError);
      return;
    }
    if (result.serial) return router.push(next.replace("{serial}", result.serial));
    applyFieldErrors(form.setError, result.errors);
  });

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="max-w-xl space-y-5 rounded-lg border border-slate-200 bg-white p-6"
    >
      {formError && (
        <Alert tone="error" live>
          {formError}
        </Alert>
      )}
      <TextField
        label={labels.serial}
        hint={labels.serialHint}
        readOnly={mode === "update"}
        autoComplete="off"
        className="font-mono uppercase"
        error={errorText(validation, errors.serial?.message)}
        {...form.register("serial")}
      />
      <SelectField
        label={labels.product}
        error={errorText(validation, errors.product?.message)}
        {...form.register("product")}
      >
        <option value="">{labels.choose}</option>
        {products.map((p) => (
          <option key={p.slug} value={p.slug}>
            {p.name}
          </option>
        ))}
      </SelectField>
      <TextField
        label={labels.company}
        optional={labels.optional}
        hint={labels.companyHint}
        error={errorText(validation, errors.company?.message)}
        {...form.register("company")}
      />
      <TextField
        label={labels.domains}
        optional={labels.optional}
        hint={labels.domainsHint}
        autoComplete="off"
        error={errorText(validation, errors.domains?.message)}
        {...form.register("domains")}
      />
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? labels.saving : labels.save}
      </Button>
    </form>
  );
}
