import type en from "@/messages/en.json";

/** Everything the wizard collects; strings as typed, normalised by the schemas on submit. */
export type Draft = {
  email: string;
  password: string;
  passwordConfirm: string;
  salutation?: string;
  firstName: string;
  lastName: string;
  company: string;
  country?: string;
  phone: string;
  locale: string;
  serial: string;
  /** From the live check, for the review step; the server looks the serial up itself. */
  productName?: string;
  interests: string[];
  acceptTerms?: boolean;
};

export type Option = { value: string; label: string };

/** Strings and lists the server page passes down (no translation runtime in the browser). */
export type WizardUi = {
  locale: string;
  text: (typeof en)["register"];
  validation: Record<string, string>;
  countries: Option[];
  languages: Option[];
  products: Option[];
  topics: Option[];
  company: string;
  supportEmail: string;
};

export type StepProps = {
  ui: WizardUi;
  values: Draft;
  /** Errors found later (merged check, server) for fields of this step, already translated. */
  errors: Record<string, string>;
  focusHeading: boolean;
  onChange: (values: Partial<Draft>) => void;
  onNext: (values: Partial<Draft>) => void;
  onBack: (values: Partial<Draft>) => void;
};

/** A field's message: schema issues carry keys under "validation", server errors are final text. */
export function messageFor(
  error: { type?: string | number; message?: string } | undefined,
  validation: Record<string, string>,
) {
  if (!error) return undefined;
  if (error.type === "server") return error.message;
  return validation[error.message ?? ""] ?? validation.invalid;
}
