import { describe, expect, it } from "vitest";
import { csvLine, parseCsv, splitList } from "@/lib/dal/staff/csv";

describe("CSV reader for imports", () => {
  it("reads quoted fields with separators, doubled quotes and line breaks, keeping each record's line", () => {
    const text =
      'serial,company\r\nAB123Z,"Smith, ""Jones"" & Co"\r\nCD456Y,"two\nlines"\r\nEF789X,plain\r\n';
    expect(parseCsv(text).records).toEqual([
      { line: 1, fields: ["serial", "company"] },
      { line: 2, fields: ["AB123Z", 'Smith, "Jones" & Co'] },
      { line: 3, fields: ["CD456Y", "two\nlines"] },
      { line: 5, fields: ["EF789X", "plain"] },
    ]);
  });

  it("drops a byte-order mark, accepts semicolons (German/Spanish spreadsheets) and skips blank lines", () => {
    const text = "\uFEFFserial;domains\n\nAB123Z;a.example b.example\n   \nCD456Y;\n";
    expect(parseCsv(text).records).toEqual([
      { line: 1, fields: ["serial", "domains"] },
      { line: 3, fields: ["AB123Z", "a.example b.example"] },
      { line: 5, fields: ["CD456Y", ""] },
    ]);
  });

  it("reports a quote that is never closed at the line where its record starts", () => {
    expect(parseCsv('serial,company\nAB123Z,"open\nCD456Y,x\n').error).toEqual({ line: 2 });
  });

  it("reads a last line without a line break", () => {
    expect(parseCsv("a,b\n1,2").records.at(-1)).toEqual({ line: 2, fields: ["1", "2"] });
  });

  it("writes lines that read back the same and cannot run as spreadsheet formulas", () => {
    const line = csvLine(["AB123Z", 'Smith, "Jones"', "a.example b.example", "=HYPERLINK()", null]);
    expect(line).toBe('AB123Z,"Smith, ""Jones""",a.example b.example,\'=HYPERLINK(),');
    expect(parseCsv(`${line}\n`).records[0]!.fields).toEqual([
      "AB123Z",
      'Smith, "Jones"',
      "a.example b.example",
      "'=HYPERLINK()",
      "",
    ]);
  });

  it("splits lists on semicolons, commas or spaces", () => {
    expect(splitList(" a.example; b.example  c.example,d.example ")).toEqual([
      "a.example",
      "b.example",
      "c.example",
      "d.example",
    ]);
    expect(splitList(undefined)).toEqual([]);
  });
});
