// Unit tests for the two kinds of missing data (无该年报告 / 报告未提及), the continuous year axis and the
// mixed-level warning: pure helpers, in Node.
import { describe, expect, it } from "vitest";
import { emptyChartSentence, gapNote, gapYears, missingKind, missingLabel, mixedLevelText, yearRange } from "../../src/components/format.ts";
import { indexValues, rankRows, type HeadlineValue } from "../../src/components/data.ts";

describe("missing data has two names", () => {
  it("tells a year without a report from a report without the number", () => {
    expect(missingKind([2020, 2023], 2023)).toBe("not_given");
    expect(missingKind([2020, 2023], "2023")).toBe("not_given");
    expect(missingKind([2020, 2023], 2021)).toBe("no_report");
    expect(missingKind(null, 2021)).toBe("no_report");
    expect(missingLabel("no_report")).toBe("无该年报告");
    expect(missingLabel("not_given")).toBe("报告未提及");
  });

  it("ranks every place with the kind of its missing value", () => {
    const v: HeadlineValue = { obs_id: "d:1", doc_id: "d", code: "1", year: 2023, indicator_id: "x", value: 5, unit: "件", qualifier: "exact", period: "full_year", period_note: null, scope: "jurisdiction", is_derived: false, flags: "", evidence: "", n_docs: 1 };
    const js = [
      { code: "1", name: "甲", level: "county", province_name: "P", years: [2023] },
      { code: "2", name: "乙", level: "county", province_name: "P", years: [2023] },
      { code: "3", name: "丙", level: "county", province_name: "P", years: [2024] },
    ];
    const rows = rankRows(js, indexValues([v]), "x", 2023);
    expect(rows.map((r) => [r.code, r.v ? "v" : r.missing]).sort()).toEqual([["1", "v"], ["2", "not_given"], ["3", "no_report"]]);
  });

  it("says in one sentence why a chart is empty", () => {
    expect(emptyChartSentence({ no_report: 2, not_given: 0 }, { year: 2021 })).toContain("没有2021年的报告（无该年报告）");
    expect(emptyChartSentence({ no_report: 0, not_given: 1 }, { what: "调解案件数", year: 2023 })).toContain("没有给出调解案件数（报告未提及）");
    const both = emptyChartSentence({ no_report: 1, not_given: 2 }, { year: 2023 });
    expect(both).toContain("无该年报告");
    expect(both).toContain("报告未提及");
  });
});

describe("a continuous year axis", () => {
  it("lists every year and names the gaps", () => {
    expect(yearRange([2024, 2020, 2022, 2023])).toEqual([2020, 2021, 2022, 2023, 2024]);
    expect(yearRange([])).toEqual([]);
    expect(gapYears([2020, 2021, 2022], [2020, 2022])).toEqual([2021]);
    expect(gapNote([2021])).toBe("缺2021年");
    expect(gapNote([2019, 2021])).toBe("缺2019年、2021年");
    expect(gapNote([])).toBe("");
  });
});

describe("the mixed-level warning", () => {
  it("appears only when levels differ", () => {
    expect(mixedLevelText(["county", "county"])).toBeNull();
    expect(mixedLevelText(["county", "prefecture"])).toContain("县级、地市级");
  });
});
