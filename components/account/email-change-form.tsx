"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { rulesResolver } from "@/lib/validations/rules-resolver";
import type { Fields } from "@/lib/validations/rules/core";
import { emailChangeRules } from "@/lib/validations/rules/profile";
import { requestEmailChangeAction } from "@/lib/actions/request-email-change-action";
import { TextField } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";
import { errorText } from "@/components/auth/form-messages";
import { SavedForm } from "./saved-form";

type Values = { newEmail: string; emailPassword: string };

type Props = {
  validation: Record<string, string>;
  text: {
    newEmail: string;
    password: string;
    submit: string;
    submitting: string;
    sent: string;
    formError: string;
  };
};

export function EmailChangeForm({ validation, text }: Props) {
  const [sentTo, setSentTo] = useState<string>();
  const form = useForm<Values>({
    resolver: rulesResolver<Fields, Values>(emailChangeRules),
    defaultValues: { newEmail: "", emailPassword: "" },
  });
  const error = (name: keyof Values) => errorText(validation, form.formState.errors[name]?.message);
  return (
    <div className="max-w-md space-y-4">
      {sentTo && (
        <Alert tone="success" live>
          {text.sent.replace("{email}", sentTo)}
        </Alert>
      )}
      <SavedForm
        form={form}
        submit={async (v) => {
          const result = await requestEmailChangeAction(v);
          if (result.ok) {
            setSentTo(result.email);
            form.reset({ newEmail: "", emailPassword: "" });
          }
          return result;
        }}
        text={{ ...text, saved: "" }}
      >
        <TextField
          label={text.newEmail}
          type="email"
          autoComplete="email"
          error={error("newEmail")}
          {...form.register("newEmail")}
        />
        <TextField
          label={text.password}
          type="password"
          autoComplete="current-password"
          error={error("emailPassword")}
          {...form.register("emailPassword")}
        />
      </SavedForm>
    </div>
  );
}
