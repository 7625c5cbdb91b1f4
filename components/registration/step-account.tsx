"use client";

import { useForm, useWatch } from "react-hook-form";
import { rulesResolver } from "@/lib/validations/rules-resolver";
import { registrationStepRules } from "@/lib/validations/rules/registration";
import { PASSWORD_MAX } from "@/lib/validations/rules/fields";
import { TextField } from "@/components/ui/field";
import { PasswordStrength, estimateStrength } from "./password-strength";
import { StepFrame } from "./step-frame";
import { fill } from "./draft-storage";
import { useStepForm } from "./use-step-form";
import { messageFor, type StepProps } from "./wizard-types";

export function StepAccount(props: StepProps) {
  const { ui, values } = props;
  const { text, validation } = ui;
  const form = useForm({
    resolver: rulesResolver(registrationStepRules.account),
    defaultValues: {
      email: values.email,
      password: values.password,
      passwordConfirm: values.passwordConfirm,
    },
    mode: "onTouched",
  });
  const { heading } = useStepForm(form, props);
  const { register, formState, control } = form;
  const password = useWatch({ control, name: "password" }) ?? "";
  const level = estimateStrength(password);

  return (
    <StepFrame
      id="account"
      heading={text.steps.account.heading}
      intro={text.steps.account.intro}
      headingRef={heading}
      onSubmit={form.handleSubmit((v) => props.onNext(v))}
      backLabel={text.back}
      nextLabel={text.next}
    >
      <TextField
        label={text.fields.email}
        type="email"
        autoComplete="email"
        hint={text.fields.emailHint}
        error={messageFor(formState.errors.email, validation)}
        {...register("email")}
      />
      <TextField
        label={text.fields.password}
        type="password"
        autoComplete="new-password"
        maxLength={PASSWORD_MAX}
        hint={
          <>
            {text.fields.passwordHint}
            <PasswordStrength
              password={password}
              label={fill(text.strength.label, { level: text.strength.levels[`${level}`] })}
            />
          </>
        }
        error={messageFor(formState.errors.password, validation)}
        {...register("password", {
          deps: formState.touchedFields.passwordConfirm ? ["passwordConfirm"] : [],
        })}
      />
      <TextField
        label={text.fields.passwordConfirm}
        type="password"
        autoComplete="new-password"
        maxLength={PASSWORD_MAX}
        error={messageFor(formState.errors.passwordConfirm, validation)}
        {...register("passwordConfirm")}
      />
    </StepFrame>
  );
}
