// Reading data/corrections.csv: strict numbers and dates, ranges per indicator kind, the encoding detected like the
// reports', and every refusal named by file and line, never an exception.
import iconv from "iconv-lite";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CORRECTIONS_HEADER, readCorrections, strictDate, strictNumber } from "../../pipeline/corrections.ts";

const dir = mkdtempSync(join(tmpdir(), "fazhi-corr-"));
let n = 0;
function file(body: string | Buffer): string {
  const p = join(dir, `c${n++}.csv`);
  writeFileSync(p, body);
  return p;
}
const csv = (...rows: string[]) => [CORRECTIONS_HEADER, ...rows].join("\n") + "\n";
const row = (value: string, indicator = "enforce_officers", date = "2026-11-01", match = "") => `003.txt,${indicator},${value},${match},核对,张三,${date}`;

describe("strict numbers", () => {
  it.each(["0x10", "1e3", "1E3", "", " ", "+5", ".5", "5.", "1,850", "Infinity", "NaN", "0b11", "１８５０", "12%", "007"])("refuses %j", (s) => {
    expect(strictNumber(s)).toBeNull();
  });
  it.each([["0", 0], ["1850", 1850], ["12.5", 12.5], ["-5", -5], ["0.25", 0.25]])("reads %j", (s, v) => {
    expect(strictNumber(s)).toBe(v);
  });
  it("refuses rows whose value or match_value is not a plain number, naming file and line", () => {
    const p = file(csv(row("0x10"), row("1e3"), row("1850", "enforce_officers", "2026-11-01", "0x735"), row("1850")));
    const r = readCorrections(p);
    expect(r.problems).toEqual([
      expect.stringMatching(new RegExp(`^${p}:2: value "0x10" is not a plain number`)),
      expect.stringMatching(new RegExp(`^${p}:3: value "1e3" is not a plain number`)),
      expect.stringMatching(new RegExp(`^${p}:4: match_value "0x735" is not a plain number`)),
    ]);
    expect(r.corrections.map((c) => [c.line, c.value])).toEqual([[5, 1850]]);
  });
  it("refuses an empty value rather than reading it as 0", () => {
    const p = file(csv("003.txt,enforce_officers,,,核对,张三,2026-11-01"));
    const r = readCorrections(p);
    expect(r.corrections).toEqual([]);
    expect(r.problems).toEqual([`${p}:2: empty value`]);
  });
});

describe("strict dates", () => {
  it.each(["2026-13-45", "2026-02-29", "2026-04-31", "2026-00-10", "2026-1-5", "26-11-01", "2026/11/01", "2026-11-01T00:00"])("refuses %j", (d) => {
    expect(strictDate(d)).toBe(false);
  });
  it.each(["2026-11-01", "2024-02-29", "2026-12-31"])("accepts %j", (d) => {
    expect(strictDate(d)).toBe(true);
  });
  it("reports a row with an impossible date by file and line", () => {
    const p = file(csv(row("1850", "enforce_officers", "2026-13-45")));
    const r = readCorrections(p);
    expect(r.corrections).toEqual([]);
    expect(r.problems).toEqual([`${p}:2: date "2026-13-45" is not a real date written YYYY-MM-DD`]);
  });
});

describe("ranges per indicator kind", () => {
  it.each([
    ["-5", "enforce_officers", /enforce_officers is a count: -5 must be a whole number ≥ 0/],
    ["12.5", "recon_received", /recon_received is a count: 12.5 must be a whole number ≥ 0/],
    ["150", "recon_correction_rate", /recon_correction_rate is a rate in %: 150 must be between 0 and 100/],
    ["-0.1", "litig_head_appearance_rate", /must be between 0 and 100/],
    ["-1", "penalty_amount", /penalty_amount \(money\) cannot be negative/],
  ])("refuses %s for %s", (value, indicator, why) => {
    const p = file(csv(row(value, indicator)));
    const r = readCorrections(p);
    expect(r.corrections).toEqual([]);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatch(new RegExp(`^${p}:2: `));
    expect(r.problems[0]).toMatch(why);
    expect(r.problems[0]).toMatch(/not applied/);
  });
  it.each([["0", "enforce_officers"], ["100", "recon_correction_rate"], ["0", "recon_settlement_rate"], ["26.8", "recon_settlement_rate"], ["1234.5", "penalty_amount"]])("accepts %s for %s", (value, indicator) => {
    const r = readCorrections(file(csv(row(value, indicator))));
    expect(r.problems).toEqual([]);
    expect(r.corrections[0]).toMatchObject({ indicator, value: Number(value) });
  });
  it("does not range-check reject", () => {
    expect(readCorrections(file(csv(row("reject", "recon_settlement_rate", "2026-11-01", "35")))).corrections[0]).toMatchObject({ value: "reject", match_value: 35 });
  });
});

describe("encodings", () => {
  const text = csv("003_12e1588787f75fd4.txt,enforce_officers,1850,,按执法证管理系统核对,张三,2026-11-01", "001.txt,recon_received,12,,复核原文,李四,2026-11-02");
  it.each(["gbk", "gb18030", "utf8", "utf-16le"])("reads a %s file", (enc) => {
    const bytes = enc === "utf-16le" ? Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, enc)]) : iconv.encode(text, enc);
    const r = readCorrections(file(bytes));
    expect(r.problems).toEqual([]);
    expect(r.corrections.map((c) => [c.who, c.reason])).toEqual([["张三", "按执法证管理系统核对"], ["李四", "复核原文"]]);
  });
  it("reads a UTF-8 file with a BOM (Excel's 'CSV UTF-8')", () => {
    const r = readCorrections(file(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])));
    expect(r.corrections.map((c) => c.document)).toEqual(["003_12e1588787f75fd4.txt", "001.txt"]);
  });
  it("reports a binary file as a problem, not an exception", () => {
    const p = file(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 0, 0]));
    expect(readCorrections(p)).toEqual({ corrections: [], problems: [`${p}: not a text file`] });
  });
});

describe("bad rows and bad files", () => {
  it("names the line a record starts on, across quoted line breaks and blank lines", () => {
    const p = file(csv(`003.txt,enforce_officers,1850,,"核对\n两行理由",张三,2026-11-01`, "", "003.txt,nosuch_indicator,5,,x,y,2026-11-01", "003.txt,enforce_officers,5,,,王五,2026-11-01"));
    const r = readCorrections(p);
    expect(r.corrections.map((c) => [c.line, c.reason])).toEqual([[2, "核对\n两行理由"]]);
    expect(r.problems).toEqual([`${p}:5: unknown indicator nosuch_indicator`, `${p}:6: empty reason`]);
  });
  it("gives one line naming the file for an unclosed quote, and applies nothing of that file", () => {
    const p = file(csv(row("1850"), `003.txt,enforce_officers,1850,,"没有闭合的引号,张三,2026-11-01`, row("1900")));
    const r = readCorrections(p);
    expect(r.corrections).toEqual([]);
    expect(r.problems).toEqual([`${p}:3: a quote is opened and never closed; no correction of this file was applied`]);
  });
  it("names the file for other CSV syntax errors", () => {
    const p = file(csv(`003.txt,enforce_officers,1850,,核"对"x,张三,2026-11-01`, `003.txt,enforce_officers,1850,,"核对"x,张三,2026-11-01`));
    const r = readCorrections(p);
    expect(r.corrections).toEqual([]);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatch(new RegExp(`^${p}:\\d+: .*quote.*; no correction of this file was applied$`, "i"));
    expect(r.problems[0]).not.toContain("\n");
  });
  it("reports a header without the required columns once", () => {
    const p = file("doc,indicator,value\n003.txt,enforce_officers,1850\n");
    expect(readCorrections(p)).toEqual({ corrections: [], problems: [expect.stringMatching(new RegExp(`^${p}:1: missing column document, reason, who, date`))] });
  });
  it("has nothing to say about a missing file", () => {
    expect(readCorrections(join(dir, "nosuch.csv"))).toEqual({ corrections: [], problems: [] });
  });
});
