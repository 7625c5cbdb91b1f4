"use client";

import { lazy, Suspense, useCallback, useState, useSyncExternalStore, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import { registerAction } from "@/lib/actions/register-action";
import { FIELD_STEP, registrationRules, STEP_ORDER } from "@/lib/validations/rules/registration";
import { checkForm } from "@/lib/validations/rules/check";
import type { RegistrationStep } from "@/lib/validations/registration";
import { Alert } from "@/components/ui/alert";
import { finishDraft, readDraft, writeDraft } from "./draft-storage";
import { WizardProgress } from "./wizard-progress";
import { StepAccount } from "./step-account";
import type { Draft, StepProps, WizardUi } from "./wizard-types";

type Props = { ui: WizardUi; serialHelp: ReactNode };

const noSubscription = () => () => {};

// Only the first step ships with the page; the others load once the user starts on the wizard
// (first focus or pointer inside it), or when a restored draft opens on a later step.
const loadLaterSteps = () => {
  // A failed load is retried when the step is shown.
  Promise.all([
    import("./step-person"),
    import("./step-device"),
    import("./step-interests"),
    import("./step-review"),
  ]).catch(() => {});
};
const StepPerson = lazy(() => import("./step-person").then((m) => ({ default: m.StepPerson })));
const StepDevice = lazy(() => import("./step-device").then((m) => ({ default: m.StepDevice })));
const StepInterests = lazy(() => import("./step-interests").then((m) => ({ default: m.StepInterests })));
const StepReview = lazy(() => import("./step-review").then((m) => ({ default: m.StepReview })));

/**
 * The registration wizard. The server renders the first step; once hydrated, the wizard restarts
 * from the draft this tab kept (sessionStorage), so a reload keeps everything but the password.
 */
export function RegisterWizard(props: Props) {
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  return <Wizard key={hydrated ? "client" : "server"} restore={hydrated} {...props} />;
}

function initialState(ui: WizardUi, restore: boolean) {
  const empty: Draft = {
    email: "",
    password: "",
    passwordConfirm: "",
    firstName: "",
    lastName: "",
    company: "",
    phone: "",
    locale: ui.locale,
    serial: "",
    interests: [],
  };
  const stored = restore ? readDraft() : null;
  if (!stored) return { step: 0, data: empty, restored: false };
  const step = Math.min(Math.max(0, Math.trunc(stored.step)), STEP_ORDER.length - 1);
  return { step, data: { ...empty, ...(stored.values as Partial<Draft>) }, restored: true };
}

function Wizard({ ui, serialHelp, restore }: Props & { restore: boolean }) {
  const router = useRouter();
  const [initial] = useState(() => initialState(ui, restore));
  const [step, setStep] = useState(initial.step);
  const [data, setData] = useState<Draft>(initial.data);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string>();
  const [navigated, setNavigated] = useState(false);
  const [submitting, setSubmitting] = useState(false);

  const go = (to: number, values: Partial<Draft>, nextErrors = errors) => {
    const merged = { ...data, ...values };
    setData(merged);
    setErrors(nextErrors);
    setStep(to);
    setNavigated(true);
    writeDraft(to, merged);
  };

  // Every keystroke goes into the draft, so a reload in the middle of a step loses nothing.
  const onChange = useCallback(
    (values: Partial<Draft>) => writeDraft(step, { ...data, ...values }),
    [step, data],
  );

  /** Shows errors found after the fact on the first step that has one. */
  const showErrors = (found: Record<string, string>, values: Partial<Draft>) => {
    const first = STEP_ORDER.findIndex((s) => Object.keys(found).some((f) => FIELD_STEP[f] === s));
    go(first >= 0 ? first : step, values, found);
  };

  const submit = async (values: Partial<Draft>) => {
    const all = { ...data, ...values };
    setFormError(undefined);
    const parsed = checkForm(registrationRules, all);
    if (!parsed.ok) {
      const found: Record<string, string> = {};
      for (const issue of parsed.issues) {
        const field = String(issue.path[0]);
        found[field] ??= ui.validation[issue.key] ?? ui.validation.invalid!;
      }
      return showErrors(found, values);
    }
    setSubmitting(true);
    const result = await registerAction(all).catch(() => ({
      ok: false as const,
      fieldErrors: {},
      formError: ui.text.formError,
    }));
    if (result.ok) {
      finishDraft(parsed.values.email);
      router.push(`/${ui.locale}/register/check-inbox`);
      return;
    }
    setSubmitting(false);
    setFormError(result.formError);
    if (Object.keys(result.fieldErrors).length > 0) showErrors(result.fieldErrors, values);
    else setData(all);
  };

  const stepProps: StepProps = {
    ui,
    values: data,
    errors,
    focusHeading: navigated,
    onChange,
    onNext: (values) => {
      const rest = Object.fromEntries(
        Object.entries(errors).filter(([f]) => FIELD_STEP[f] !== STEP_ORDER[step]),
      );
      go(step + 1, values, rest);
    },
    onBack: (values) => go(step - 1, values),
  };
  const current: RegistrationStep = STEP_ORDER[step]!;

  return (
    <div onFocusCapture={loadLaterSteps} onPointerDownCapture={loadLaterSteps}>
      <WizardProgress current={step} text={ui.text} />
      <div aria-live="polite" className="mb-6 space-y-3 empty:hidden">
        {initial.restored && !data.password && <Alert tone="info">{ui.text.draftRestored}</Alert>}
        {formError && <Alert tone="error">{formError}</Alert>}
      </div>
      {current === "account" && <StepAccount key="account" {...stepProps} />}
      <Suspense>
        {current === "person" && <StepPerson key="person" {...stepProps} />}
        {current === "device" && <StepDevice key="device" {...stepProps} help={serialHelp} />}
        {current === "interests" && <StepInterests key="interests" {...stepProps} />}
        {current === "review" && (
          <StepReview
            key="review"
            {...stepProps}
            submitting={submitting}
            onNext={submit}
            onEdit={(to, values) => go(STEP_ORDER.indexOf(to), values)}
          />
        )}
      </Suspense>
    </div>
  );
}
