// Applying corrections: a value corrected twice keeps the extracted value as original_value, both notes, one
// `corrected` flag, and one log event per correction with its old → new.
import { describe, expect, it } from "vitest";
import { applyCorrections, NOTE_SEPARATOR, type Correction } from "../../pipeline/corrections.ts";
import type { Extracted } from "../../pipeline/extract/index.ts";

const obs = (indicator_id: string, value: number, extra: Partial<Extracted> = {}): Extracted => ({
  indicator_id, value, unit: "人", qualifier: "exact", period: "full_year", period_note: null, scope: "jurisdiction", scope_note: null,
  evidence: `${value}`, char_start: 0, char_end: 4, raw_text: `${value}人`, rule: "test", flags: [], ...extra,
});
let line = 1;
const corr = (value: number | "reject", extra: Partial<Correction> = {}): Correction => ({
  document: "003.txt", indicator: "enforce_officers", value, reason: `理由${line}`, who: `人${line}`, date: "2026-11-01", file: "c.csv", line: ++line, ...extra,
});

describe("two corrections of one value", () => {
  it("keep the extracted value, both notes and one flag, and log old → new for each", () => {
    line = 1;
    const first = corr(1850, { who: "张三", reason: "按执法证管理系统核对", date: "2026-11-01" });
    const second = corr(1848, { who: "李四", reason: "复核花名册", date: "2026-11-05" });
    const { rows, applied, unmatched, log } = applyCorrections([obs("enforce_officers", 1842)], [first, second], "d1");
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ value: 1848, original_value: 1842, flags: ["corrected"] });
    expect(rows[0]!.correction).toBe(`张三 2026-11-01: 按执法证管理系统核对${NOTE_SEPARATOR}李四 2026-11-05: 复核花名册`);
    expect(applied).toEqual([2, 3]);
    expect(unmatched).toEqual([]);
    expect(log.map((r) => [r.line, r.doc_id, r.action, r.old_value, r.new_value, r.original_value, r.status, r.who, r.corrected_on])).toEqual([
      [2, "d1", "override", 1842, 1850, 1842, "applied", "张三", "2026-11-01"],
      [3, "d1", "override", 1850, 1848, 1842, "applied", "李四", "2026-11-05"],
    ]);
  });

  it("match a corrected value by what was extracted or by what the earlier correction made it", () => {
    line = 1;
    const extracted = [obs("enforce_officers", 1842), obs("enforce_officers", 60, { scope: "sub_entity" })];
    const byOriginal = applyCorrections(extracted, [corr(1850), corr(1851, { match_value: 1842 })]);
    expect(byOriginal.rows[0]).toMatchObject({ value: 1851, original_value: 1842 });
    const byCurrent = applyCorrections(extracted, [corr(1850), corr(1852, { match_value: 1850 })]);
    expect(byCurrent.rows[0]).toMatchObject({ value: 1852, original_value: 1842 });
    expect(byCurrent.rows[1]).toMatchObject({ value: 60, original_value: undefined, flags: [] });
  });

  it("a correction then a reject: the original stays the extracted value, flags are not repeated", () => {
    line = 1;
    const { rows, log } = applyCorrections([obs("enforce_officers", 1842)], [corr(1850), corr(1850), corr("reject", { match_value: 1850 })]);
    expect(rows[0]).toMatchObject({ value: 1850, original_value: 1842, flags: ["corrected", "rejected"] });
    expect(rows[0]!.correction!.split(NOTE_SEPARATOR)).toHaveLength(3);
    expect(log.map((r) => [r.action, r.old_value, r.new_value])).toEqual([["override", 1842, 1850], ["override", 1850, 1850], ["reject", 1850, null]]);
  });

  it("an added value corrected again has no original value and its flags once", () => {
    line = 1;
    const { rows, log } = applyCorrections([], [corr(120, { indicator: "legal_aid_cases" }), corr(125, { indicator: "legal_aid_cases" })]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ value: 125, original_value: null, flags: ["corrected", "added_by_correction"] });
    expect(log.map((r) => [r.action, r.old_value, r.new_value, r.original_value])).toEqual([["add", null, 120, null], ["override", 120, 125, null]]);
  });

  it("logs a correction that matches nothing as unmatched, with why", () => {
    line = 1;
    const { rows, unmatched, log } = applyCorrections([obs("enforce_officers", 1842)], [corr(5, { match_value: 99 })], "d1");
    expect(rows[0]).toMatchObject({ value: 1842, flags: [] });
    expect(unmatched.map((c) => c.line)).toEqual([2]);
    expect(log).toEqual([expect.objectContaining({ status: "unmatched", old_value: null, targets: 0, note: "no enforce_officers = 99" })]);
  });

  it("does not change the extracted rows it was given (they are the cache's)", () => {
    line = 1;
    const extracted = [obs("enforce_officers", 1842)];
    applyCorrections(extracted, [corr(1850), corr(1851)]);
    expect(extracted[0]).toMatchObject({ value: 1842, flags: [] });
    expect(extracted[0]!.original_value).toBeUndefined();
  });
});
