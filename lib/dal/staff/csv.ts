// A small RFC 4180 reader for the registry and legacy imports: quoted fields (with "" and line
// breaks inside), a byte-order mark, CRLF or LF, and "," or ";" as separator (spreadsheets with a
// German or Spanish locale save with ";"). Each record keeps the line it starts on, for error reports.

export type CsvRecord = { line: number; fields: string[] };

export function detectSeparator(headerLine: string): "," | ";" {
  const outsideQuotes = headerLine.replace(/"[^"]*"/g, "");
  const commas = outsideQuotes.split(",").length;
  const semicolons = outsideQuotes.split(";").length;
  return semicolons > commas ? ";" : ",";
}

export function parseCsv(input: string): { records: CsvRecord[]; error?: { line: number } } {
  const text = input.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const sep = detectSeparator(text.slice(0, text.search(/\n|$/)));
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = "";
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  let i = 0;

  const endRecord = () => {
    fields.push(field);
    // Blank lines are skipped rather than reported: spreadsheets like to append some.
    if (fields.length > 1 || fields[0]!.trim() !== "") records.push({ line: recordLine, fields });
    fields = [];
    field = "";
  };

  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        if (c === "\n") line++;
        field += c;
      }
      i++;
      continue;
    }
    if (c === '"' && field.trim() === "") {
      quoted = true;
      field = "";
    } else if (c === sep) {
      fields.push(field);
      field = "";
    } else if (c === "\n") {
      endRecord();
      line++;
      recordLine = line;
    } else {
      field += c;
    }
    i++;
  }
  if (quoted) return { records, error: { line: recordLine } };
  if (field !== "" || fields.length > 0) endRecord();
  return { records };
}

/** One CSV line, quoting only where needed; formula-looking cells are defused for spreadsheets. */
export function csvLine(values: (string | null | undefined)[]) {
  return values
    .map((v) => {
      let s = v ?? "";
      if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
      return /[",;\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
    })
    .join(",");
}

/** Lists inside one cell: "a.example; b.example" or "a.example b.example". */
export function splitList(cell: string | undefined) {
  return (cell ?? "")
    .split(/[;,\s]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}
