"use client";

import { useState, type FormEvent } from "react";
import type { ActionResult } from "@/lib/actions/result";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";

type LineError = { line: number; field: string; code: string; value?: string };
type Summary = {
  lines: number;
  errors: LineError[];
  create: number;
  update: number;
  unchanged: number;
  applied: boolean;
  mode: "all" | "valid" | "preview";
};

export type ImportLabels = {
  file: string;
  fileHint: string;
  check: string;
  checking: string;
  mode: string;
  modeAll: string;
  modeValid: string;
  import: string;
  importing: string;
  /** Raw templates: "{count}" replaced. */
  lines: string;
  create: string;
  update: string;
  unchanged: string;
  errorsTitle: string;
  noErrors: string;
  line: string;
  field: string;
  problem: string;
  applied: string;
  notApplied: string;
  fileTooLarge: string;
  fileRequired: string;
  /** Column names by field, and error texts by code ("{value}" replaced). */
  fields: Record<string, string>;
  codes: Record<string, string>;
};

type Props = {
  action: (form: FormData) => Promise<ActionResult<{ summary: Summary }>>;
  accept: string;
  maxBytes: number;
  labels: ImportLabels;
};

/** Upload → check (line-numbered report, nothing written) → import in the chosen mode. */
export function ImportForm({ action, accept, maxBytes, labels }: Props) {
  const [file, setFile] = useState<File | null>(null);
  const [mode, setMode] = useState<"all" | "valid">("all");
  const [summary, setSummary] = useState<Summary>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState<"preview" | "import" | null>(null);

  const send = async (which: "preview" | "import") => {
    setError(undefined);
    if (!file) return setError(labels.fileRequired);
    if (file.size > maxBytes) return setError(labels.fileTooLarge);
    const form = new FormData();
    form.set("file", file);
    form.set("mode", which === "preview" ? "preview" : mode);
    setBusy(which);
    try {
      const result = await action(form);
      if (result.ok) setSummary(result.summary);
      else setError(result.formError ?? Object.values(result.fieldErrors)[0]);
    } finally {
      setBusy(null);
    }
  };

  const onCheck = (e: FormEvent) => {
    e.preventDefault();
    void send("preview");
  };
  const count = (template: string, n: number) => template.replace("{count}", String(n));
  const problem = (e: LineError) =>
    (labels.codes[e.code] ?? labels.codes.invalid ?? e.code).replace("{value}", e.value ?? "");

  return (
    <div className="space-y-6">
      <form
        onSubmit={onCheck}
        noValidate
        className="space-y-4 rounded-lg border border-slate-200 bg-white p-6"
      >
        <div className="flex flex-col gap-1">
          <label htmlFor="import-file" className="text-sm font-medium text-slate-800">
            {labels.file}
          </label>
          <input
            id="import-file"
            type="file"
            accept={accept}
            aria-describedby="import-file-hint"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setSummary(undefined);
            }}
            className="file:bg-brand-50 file:text-brand-800 text-sm file:mr-3 file:rounded-md file:border-0 file:px-3 file:py-2 file:font-semibold"
          />
          <p id="import-file-hint" className="text-sm text-slate-600">
            {labels.fileHint}
          </p>
        </div>
        {error && (
          <Alert tone="error" live>
            {error}
          </Alert>
        )}
        <Button type="submit" variant="secondary" disabled={busy !== null}>
          {busy === "preview" ? labels.checking : labels.check}
        </Button>
      </form>

      {summary && (
        <section
          aria-label={labels.errorsTitle}
          className="space-y-4 rounded-lg border border-slate-200 bg-white p-6"
        >
          <div role="status">
            {summary.mode !== "preview" && (
              <Alert tone={summary.applied ? "success" : "warning"}>
                {summary.applied ? labels.applied : labels.notApplied}
              </Alert>
            )}
            <ul className="mt-3 flex flex-wrap gap-x-6 gap-y-1 text-sm text-slate-800">
              <li>{count(labels.lines, summary.lines)}</li>
              <li>{count(labels.create, summary.create)}</li>
              <li>{count(labels.update, summary.update)}</li>
              <li>{count(labels.unchanged, summary.unchanged)}</li>
            </ul>
          </div>
          <h2 className="font-semibold text-slate-900">{count(labels.errorsTitle, summary.errors.length)}</h2>
          {summary.errors.length === 0 ? (
            <p className="text-sm text-slate-600">{labels.noErrors}</p>
          ) : (
            <div className="max-h-96 overflow-auto">
              <table className="w-full text-left text-sm">
                <thead className="sticky top-0 bg-white text-xs tracking-wide text-slate-600 uppercase">
                  <tr>
                    <th scope="col" className="py-2 pr-4">
                      {labels.line}
                    </th>
                    <th scope="col" className="py-2 pr-4">
                      {labels.field}
                    </th>
                    <th scope="col" className="py-2">
                      {labels.problem}
                    </th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {summary.errors.map((e, i) => (
                    <tr key={i}>
                      <td className="py-1.5 pr-4 font-mono">{e.line}</td>
                      <td className="py-1.5 pr-4">{labels.fields[e.field] ?? e.field}</td>
                      <td className="py-1.5">{problem(e)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {summary.mode === "preview" && (
            <fieldset className="space-y-2">
              <legend className="text-sm font-medium text-slate-800">{labels.mode}</legend>
              {(["all", "valid"] as const).map((m) => (
                <label key={m} className="flex items-center gap-2 text-sm">
                  <input
                    type="radio"
                    name="mode"
                    value={m}
                    checked={mode === m}
                    onChange={() => setMode(m)}
                    className="size-4"
                  />
                  {m === "all" ? labels.modeAll : labels.modeValid}
                </label>
              ))}
              <Button onClick={() => void send("import")} disabled={busy !== null} className="mt-2">
                {busy === "import" ? labels.importing : labels.import}
              </Button>
            </fieldset>
          )}
        </section>
      )}
    </div>
  );
}
