// The comparable table on a corpus of competing documents written for this test: two documents about one place and
// year that disagree, a mid-year news item, and the next year's report that states earlier years' figures.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { readCsv } from "../../pipeline/eval/score.ts";
import { columns } from "../../pipeline/schema.ts";
import { runCli, workspace, type Workspace } from "./helpers.ts";

const DOCS: Record<string, string> = {
  "a_annual_2023.txt": "邓州市人民政府关于2023年度法治政府建设情况的报告\n2023年,邓州市坚持依法行政。全市共收到行政复议申请300件,依法受理280件。\n人民调解组织调解纠纷4200件,调解成功4150件。\n邓州市人民政府\n2024年2月20日",
  "b_statistics_2023.txt": "邓州市2023年度行政复议案件统计分析报告\n邓州市人民政府行政复议办公室\n2023年,全市收到行政复议申请310件,受理280件,审结250件。\n发布日期:2024-03-05",
  "c_news_2023.txt": "邓州市今年以来行政复议工作成效明显\n发布时间:2023-07-10\n日前,记者从邓州市司法局获悉,1—6月,邓州市收到行政复议申请150件,审结120件。",
  "d_annual_2024.txt": "邓州市人民政府关于2024年度法治政府建设情况的报告\n2024年,邓州市全市共收到行政复议申请350件(2022年为260件),受理330件(2023年为280件)。\n邓州市人民政府\n2025年2月18日",
};

describe("comparable: one value per place, year and indicator", () => {
  let w: Workspace;
  let rows: Record<string, string>[];
  beforeAll(() => {
    w = workspace(false);
    for (const [f, t] of Object.entries(DOCS)) writeFileSync(join(w.raw, f), t);
    const r = runCli(w.args);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    rows = readCsv(join(w.export, "comparable.csv"));
  });
  const pick = (year: string, id: string) => rows.filter((r) => r.jurisdiction_code === "411381" && r.report_year === year && r.indicator_id === id);
  const docOf = (file: string) => readCsv(join(w.export, "documents.csv")).find((d) => d.file_name === file)!.doc_id;

  it("classifies the documents", () => {
    const kinds = Object.fromEntries(readCsv(join(w.export, "documents.csv")).map((d) => [d.file_name, d.doc_kind]));
    expect(kinds).toEqual({ "a_annual_2023.txt": "annual_report", "b_statistics_2023.txt": "statistics_release", "c_news_2023.txt": "news", "d_annual_2024.txt": "annual_report" });
  });

  it("prefers the government's annual report and flags a source that disagrees", () => {
    const [r] = pick("2023", "recon_received");
    expect(pick("2023", "recon_received")).toHaveLength(1);
    expect(r!.value).toBe("300");
    expect(r!.doc_id).toBe(docOf("a_annual_2023.txt"));
    expect(r!.n_sources).toBe("3");
    expect(r!.flags).toContain("conflicting_sources");
  });

  it("takes a value only one document gives, and never a partial one over a full-year one", () => {
    const [concluded] = pick("2023", "recon_concluded");
    expect(concluded!.value).toBe("250");
    expect(concluded!.period).toBe("full_year");
    expect(concluded!.doc_id).toBe(docOf("b_statistics_2023.txt"));
  });

  it("agreeing sources are not a conflict", () => {
    const [accepted] = pick("2023", "recon_accepted");
    expect(accepted!.value).toBe("280");
    expect(accepted!.flags).not.toContain("conflicting_sources");
  });

  it("fills a year no document covers from the next year's report, and only such a year", () => {
    const [gap] = pick("2022", "recon_received");
    expect(gap!.value).toBe("260");
    expect(gap!.flags).toContain("from_later_report");
    expect(pick("2023", "recon_accepted")[0]!.flags).not.toContain("from_later_report");
    expect(pick("2024", "recon_received")[0]!.value).toBe("350");
  });

  it("writes the table's columns, in order, with a BOM for Excel", () => {
    expect(Object.keys(rows[0]!)).toEqual(columns("comparable"));
    expect(readFileSync(join(w.export, "comparable.csv")).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it("has no duplicate (place, year, indicator)", () => {
    const keys = rows.map((r) => `${r.jurisdiction_code}|${r.report_year}|${r.indicator_id}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
