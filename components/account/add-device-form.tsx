"use client";

import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { rulesResolver } from "@/lib/validations/rules-resolver";
import type { Fields } from "@/lib/validations/rules/core";
import { addDeviceRules } from "@/lib/validations/rules/profile";
import { addDeviceAction } from "@/lib/actions/add-device-action";
import { TextField } from "@/components/ui/field";
import { errorText } from "@/components/auth/form-messages";
import { SavedForm } from "./saved-form";

type Props = {
  validation: Record<string, string>;
  text: { label: string; hint: string; submit: string; submitting: string; saved: string; formError: string };
};

export function AddDeviceForm({ validation, text }: Props) {
  const router = useRouter();
  const form = useForm<{ serial: string }>({
    resolver: rulesResolver<Fields, { serial: string }>(addDeviceRules),
    defaultValues: { serial: "" },
  });
  return (
    <SavedForm
      form={form}
      submit={(v) => addDeviceAction(v)}
      text={text}
      onSaved={() => {
        form.reset({ serial: "" });
        router.refresh();
      }}
    >
      <div className="max-w-xs">
        <TextField
          label={text.label}
          hint={text.hint}
          autoComplete="off"
          spellCheck={false}
          maxLength={40}
          className="font-mono uppercase"
          error={errorText(validation, form.formState.errors.serial?.message)}
          {...form.register("serial")}
        />
      </div>
    </SavedForm>
  );
}
