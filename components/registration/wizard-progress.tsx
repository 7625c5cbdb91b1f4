import { STEP_ORDER } from "@/lib/validations/rules/registration";
import { fill } from "./draft-storage";
import type { WizardUi } from "./wizard-types";

/** Where the user is: "Step 2 of 5" and the list of steps, the current one marked for assistive tech. */
export function WizardProgress({ current, text }: { current: number; text: WizardUi["text"] }) {
  return (
    <nav aria-label={text.progressLabel} className="mb-8">
      <p className="text-brand-700 text-sm font-medium">
        {fill(text.stepOf, { current: current + 1, total: STEP_ORDER.length })}
        {/* On narrow screens the list below shows bars only; name the current step here. */}
        <span className="sm:hidden" aria-hidden="true">
          {" · "}
          {text.steps[STEP_ORDER[current]!].title}
        </span>
      </p>
      <ol className="mt-3 grid grid-cols-5 gap-2">
        {STEP_ORDER.map((step, i) => {
          const done = i < current;
          const here = i === current;
          return (
            <li key={step} aria-current={here ? "step" : undefined} className="flex flex-col gap-2">
              <span
                aria-hidden="true"
                className={`h-1.5 rounded-full ${done || here ? "bg-brand-600" : "bg-slate-200"}`}
              />
              <span
                className={`text-xs leading-tight max-sm:sr-only ${here ? "font-semibold text-slate-900" : "text-slate-600"}`}
              >
                <span aria-hidden="true">{i + 1}. </span>
                {text.steps[step].title}
                {done && <span className="sr-only"> ({text.stepDone})</span>}
              </span>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
