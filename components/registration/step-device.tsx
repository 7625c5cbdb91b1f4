"use client";

import { useState, type ReactNode } from "react";
import { useForm, useWatch } from "react-hook-form";
import { rulesResolver } from "@/lib/validations/rules-resolver";
import { registrationStepRules } from "@/lib/validations/rules/registration";
import { normalizeSerial } from "@/lib/validations/rules/fields";
import { TextField } from "@/components/ui/field";
import { StepFrame } from "./step-frame";
import { fill } from "./draft-storage";
import { useStepForm } from "./use-step-form";
import { lookUpSerial, useSerialCheck, type SerialStatus } from "./use-serial-check";
import { messageFor, type StepProps } from "./wizard-types";

export function StepDevice(props: StepProps & { help: ReactNode }) {
  const { ui, values, help } = props;
  const { text, validation } = ui;
  const form = useForm({
    resolver: rulesResolver(registrationStepRules.device),
    defaultValues: { serial: values.serial },
    mode: "onTouched",
  });
  const { heading, back } = useStepForm(form, props);
  const { register, formState, control, setError } = form;
  const { status, cache } = useSerialCheck(useWatch({ control, name: "serial" }) ?? "");
  const [checking, setChecking] = useState(false);

  // "Next" asks the registry again (or uses the answer already shown): unknown serials block.
  const onSubmit = form.handleSubmit(async ({ serial }) => {
    setChecking(true);
    let result: SerialStatus;
    try {
      result = await lookUpSerial(normalizeSerial(serial), cache);
    } catch {
      result = { state: "throttled" };
    }
    setChecking(false);
    if (result.state === "unknown") {
      return setError("serial", { type: "server", message: validation.serialUnknown }, { shouldFocus: true });
    }
    // Throttled or offline: the server checks again on submit.
    props.onNext({ serial, productName: result.state === "valid" ? result.productName : undefined });
  });

  return (
    <StepFrame
      id="device"
      heading={text.steps.device.heading}
      intro={text.steps.device.intro}
      headingRef={heading}
      onSubmit={onSubmit}
      onBack={back}
      backLabel={text.back}
      nextLabel={text.next}
      busy={checking}
    >
      <div className="space-y-3">
        <TextField
          label={text.fields.serial}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={20}
          className="font-mono uppercase sm:max-w-xs"
          hint={text.fields.serialHint}
          error={messageFor(formState.errors.serial, validation)}
          aria-describedby="serial-hint serial-status serial-error"
          {...register("serial")}
        />
        <div id="serial-status" aria-live="polite" className="text-sm">
          <SerialStatusText status={status} ui={ui} help={help} />
        </div>
        <details className="rounded-md border border-slate-200 bg-slate-50 px-4 py-3 text-sm">
          <summary className="text-brand-700 cursor-pointer font-medium">{text.serial.where}</summary>
          <p className="mt-2 text-slate-700">{text.serial.whereText}</p>
          <div className="mt-2">{help}</div>
        </details>
      </div>
    </StepFrame>
  );
}

function SerialStatusText({
  status,
  ui,
  help,
}: {
  status: SerialStatus;
  ui: StepProps["ui"];
  help: ReactNode;
}) {
  const t = ui.text.serial;
  switch (status.state) {
    case "checking":
      return <p className="text-slate-600">{t.checking}</p>;
    case "format":
      return <p className="font-medium text-amber-800">{t.format}</p>;
    case "valid":
      return (
        <p className="font-medium text-emerald-800">
          <span aria-hidden="true">✓ </span>
          {fill(t.valid, { serial: status.serial, product: status.productName })}
        </p>
      );
    case "unknown":
      return (
        <div className="space-y-1 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-amber-900">
          <p>
            {fill(t.unknown, { serial: status.serial })
              .split("{supportEmail}")
              .flatMap((part, i) => [
                i > 0 && (
                  <a key={i} href={`mailto:${ui.supportEmail}`} className="underline">
                    {ui.supportEmail}
                  </a>
                ),
                part,
              ])}
          </p>
          {help}
        </div>
      );
    case "throttled":
      return <p className="text-slate-600">{t.throttled}</p>;
    default:
      return null;
  }
}
