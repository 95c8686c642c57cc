// Tables flattened into text — HTML/DOCX tables (cells separated by tabs, spaces after normalize) and pipe tables —
// read through the same catalog rules as prose. Tables written for these tests.
import { describe, expect, it } from "vitest";
import { readBytes } from "../../pipeline/read/index.ts";
import { splitCells } from "../../pipeline/extract/tables.ts";
import { normalize } from "../../pipeline/normalize/index.ts";
import { CITY, run } from "./helpers.ts";

const facts = (text: string) =>
  run(text, CITY).filter((o) => !o.is_derived).map((o) => `${o.indicator_id}=${o.value}/${o.period}/${o.scope}`);

describe("tables", () => {
  it("reads a labelled grid: rows are scopes, columns are indicators, the caption gives topic and unit", () => {
    const text = [
      "表1 全市行政复议案件情况(单位:件)",
      "项目\t收到\t受理\t审结\t纠错率",
      "全市\t1356\t1201\t1089\t15.2%",
      "市本级\t267\t241\t230\t12.1%",
      "孝南区\t210\t198\t190\t9.5%",
    ].join("\n");
    expect(facts(text)).toEqual([
      "recon_received=1356/full_year/jurisdiction", "recon_accepted=1201/full_year/jurisdiction", "recon_concluded=1089/full_year/jurisdiction", "recon_correction_rate=15.2/full_year/jurisdiction",
      "recon_received=267/full_year/government_level", "recon_accepted=241/full_year/government_level", "recon_concluded=230/full_year/government_level", "recon_correction_rate=12.1/full_year/government_level",
      "recon_received=210/full_year/sub_entity", "recon_accepted=198/full_year/sub_entity", "recon_concluded=190/full_year/sub_entity", "recon_correction_rate=9.5/full_year/sub_entity",
    ]);
    const cell = run(text, CITY).find((o) => o.value === 267)!;
    expect(normalizedSlice(text, cell.char_start, cell.char_end)).toBe("267");
    expect(cell.evidence).toBe("市本级 267 241 230 12.1%");
    expect(cell.rule).toMatch(/@table:收到$/);
  });

  it("reads a pipe table whose columns are years: the report year is the level, earlier ones prior_year", () => {
    const text = [
      "行政应诉案件情况统计",
      "| 指标 | 2021年 | 2022年 | 2023年 |",
      "|---|---|---|---|",
      "| 行政应诉案件(件) | 320 | 355 | 412 |",
      "| 负责人出庭应诉率 | 92.5 | 97.1 | 100 |",
    ].join("\n");
    expect(facts(text)).toEqual([
      "litig_cases=320/prior_year/jurisdiction", "litig_cases=355/prior_year/jurisdiction", "litig_cases=412/full_year/jurisdiction",
      "litig_head_appearance_rate=92.5/prior_year/jurisdiction", "litig_head_appearance_rate=97.1/prior_year/jurisdiction", "litig_head_appearance_rate=100/full_year/jurisdiction",
    ]);
    expect(run(text, CITY).filter((o) => o.is_headline).map((o) => o.value)).toEqual([412, 100]);
  });

  it("reads nothing from a grid whose labels name no indicator, or from prose with spaces", () => {
    expect(facts("区域概况\n街道 社区 行政村\n全区 12 86 120")).toEqual([]);
    expect(facts("全区共有人口 52 万,面积 120 平方公里。")).toEqual([]);
  });

  it("reads a table inside an HTML page through the reader", async () => {
    const html = `<html><head><meta charset="utf-8"><title>2023年法治政府建设年度报告</title></head><body><div class="article">
      <p>2023年,全市行政复议工作情况见下表。</p>
      <table><tr><td>项目</td><td>收到申请</td><td>受理</td></tr><tr><td>行政复议(件)</td><td>486</td><td>452</td></tr></table>
      </div></body></html>`;
    const read = await readBytes(new TextEncoder().encode(html), "t.html");
    expect(facts(read.text)).toEqual(["recon_received=486/full_year/jurisdiction", "recon_accepted=452/full_year/jurisdiction"]);
  });

  it("splits cells by pipes or spaces, keeping offsets, and unglues a label from its first number", () => {
    expect(splitCells("| 收到 | 受理 |")).toEqual([{ text: "收到", at: 2 }, { text: "受理", at: 7 }]);
    expect(splitCells("全市1356 1201")).toEqual([{ text: "全市", at: 0 }, { text: "1356", at: 2 }, { text: "1201", at: 7 }]);
  });
});

function normalizedSlice(text: string, a: number, b: number): string {
  return normalize(text).text.slice(a, b);
}

describe("tables with tab-separated cells (HTML, DOCX, PDF)", () => {
  it("keeps a header's year cells apart from its label, and skips a change column", () => {
    const text = "表 主要数据(单位:件)\n指标\t2023年\t2022年\t增减\n人民调解案件(件)\t31,706\t29,853\t+6.2%";
    expect(facts(text)).toEqual(["mediation_cases=31706/full_year/jurisdiction", "mediation_cases=29853/prior_year/jurisdiction"]);
  });
});

describe("tables with several label columns (field, measure, unit) and a change column", () => {
  it.each([
    [["| 类别 | 指标 | 单位 | 2023年 | 2022年 | 增减 |", "|---|---|---|---|---|---|", "| 行政复议 | 审结(含上年结转) | 件 | 279 | 233 | +19.7% |", "| 行政复议 | 纠错率 | % | 16.5 | 14.2 | +2.3个百分点 |", "| 信访 | 来访批次 | 批 | 1187 | 1302 | -8.8% |"],
      ["recon_concluded=279/full_year/jurisdiction", "recon_concluded=233/prior_year/jurisdiction", "recon_correction_rate=16.5/full_year/jurisdiction", "recon_correction_rate=14.2/prior_year/jurisdiction", "petition_batches=1187/full_year/jurisdiction", "petition_batches=1302/prior_year/jurisdiction"]],
    [["领域\t指标\t单位\t2023年", "人民调解\t调解纠纷\t件\t5126", "人民调解\t调解成功率\t%\t97.8", "行政应诉\t败诉\t件\t11"],
      ["mediation_cases=5126/full_year/jurisdiction", "mediation_success_rate=97.8/full_year/jurisdiction", "litig_lost=11/full_year/jurisdiction"]],
    [["| 分类 | 项目 | 计量 | 2023年 | 同比 |", "|---|---|---|---|---|", "| 行政执法 | 持证执法人员 | 人 | 2316 | +4.9% |", "| 建议提案 | 市人大代表建议 | 件 | 96 | — |"],
      ["enforce_officers=2316/full_year/jurisdiction", "npc_suggestions=96/full_year/jurisdiction"]],
  ])("%#", (lines, want) => {
    expect(facts(lines.join("\n"))).toEqual(want);
  });
});

describe("met in blind21: a table of two years after the prose", () => {
  const text = [
    "全年县政府收到行政复议申请203件。近两年行政复议主要数据如下:",
    "| 项目 | 2023年 | 2024年 |",
    "| --- | --- | --- |",
    "| 收到申请(件) | 118 | 203 |",
    "| 受理(件) | 104 | 186 |",
    "| 审结(件) | 99 | 172 |",
    "| 维持(件) | 51 | 78 |",
    "| 驳回(件) | 17 | 29 |",
    "| 撤销(件) | 9 | 14 |",
    "| 确认违法(件) | 6 | 11 |",
    "| 责令履行(件) | 2 | 5 |",
    "| 直接纠错率 | 17.2% | 18.6% |",
  ].join("\n");
  const got = () => run(text, { ...CITY, report_year: 2024 }).filter((o) => !o.is_derived).map((o) => `${o.indicator_id}=${o.value}/${o.period}`);
  it("reads rows far below the prose with the prose's topic", () => {
    expect(got()).toEqual(expect.arrayContaining(["recon_revoked=14/full_year", "recon_ordered_to_perform=5/full_year", "recon_confirmed_illegal=6/prior_year"]));
  });
  it("gives a rate under a year column that year, not the prose's reading of the row", () => {
    expect(got()).toEqual(expect.arrayContaining(["recon_correction_rate=17.2/prior_year", "recon_correction_rate=18.6/full_year"]));
    expect(got()).not.toContain("recon_correction_rate=17.2/full_year");
  });
});

describe("tables aligned with spaces: a spaced-out corner label, year columns, a spaced 合计", () => {
  it.each([
    ["项　　目　　　　　　　　2019年　　2020年　　增减"],
    ["项目　　　　　　　　　2019年　2020年　增减"],
    ["指　标　　2019年度　　2020年度　　增减"],
  ])("%s", (header) => {
    const text = ["2019—2020年主要数据", header, "收到复议申请（件）　　　376　　　 412　　　 +9.6％", "纠错率（％）　　　16.2　　13.9　　-2.3个百分点"].join("\n");
    expect(run(text, { ...CITY, report_year: 2020 }).filter((o) => !o.is_derived).map((o) => `${o.indicator_id}=${o.value}/${o.period}`)).toEqual([
      "recon_received=376/prior_year", "recon_received=412/full_year", "recon_correction_rate=16.2/prior_year", "recon_correction_rate=13.9/full_year",
    ]);
  });
  it.each([
    ["被申请人类别", "subcategory"],
    ["被申请人类型", "subcategory"],
    ["单位", "subcategory"],
  ])("a docket split by %s: rows are parts, the spaced 合计 row is the whole", (corner, scope) => {
    const text = ["行政复议案件分布", `${corner}　　　　收到　　受理　　审结`, "县政府工作部门　　101　　 86　　 82", "法律法规授权组织　  8　　  7　　  6", "合　计　　　　　　109　　 93　　 88"].join("\n");
    const got = facts(text);
    expect(got).toContain(`recon_received=8/full_year/${scope}`);
    expect(got).toContain("recon_received=109/full_year/jurisdiction");
  });
});

describe("met in blind36: a 序号 column, a table counted in 万, a grid with unit, target and change columns", () => {
  it.each([
    ["| 序号 | 指标 | 单位 | 2020年 | 2019年 |", "| 1 | 收到行政复议申请 | 件 | 78 | 64 |", "| 2 | 直接纠错率 | % | 11.6 | 16.4 |"],
    ["| 编号 | 指标 | 单位 | 2020年 | 2019年 |", "| 1 | 收到行政复议申请 | 件 | 78 | 64 |", "| 2 | 直接纠错率 | % | 11.6 | 16.4 |"],
    ["| 序号 | 指标 | 2020年 | 2019年 |", "| 1. | 收到行政复议申请（件） | 78 | 64 |", "| 2. | 直接纠错率（%） | 11.6 | 16.4 |"],
  ])("%s", (...lines) => {
    expect(run(["主要指标统计表", ...lines].join("\n"), { ...CITY, report_year: 2020 }).filter((o) => !o.is_derived).map((o) => `${o.indicator_id}=${o.value}/${o.period}`))
      .toEqual(expect.arrayContaining(["recon_received=78/full_year", "recon_received=64/prior_year", "recon_correction_rate=11.6/full_year"]));
  });
  it("a row counted in 万 is scaled", () => {
    const text = ["表1 主要数据", "| 指标 | 2022年 | 2023年 |", "|---|---|---|", "| 人民调解矛盾纠纷（万件） | 2.46 | 2.58 |", "| 收到行政复议申请（件） | 1,402 | 1,514 |"].join("\n");
    expect(facts(text)).toEqual(expect.arrayContaining(["mediation_cases=25800/full_year/jurisdiction", "mediation_cases=24600/prior_year/jurisdiction"]));
  });
  it("a one-cell-per-line grid with a unit, a target and a change column", () => {
    const cells = ["主要指标完成情况表", "序号", "指标名称", "计量单位", "2023年目标", "2023年完成", "2022年", "增减（%）",
      "1", "行政复议收到申请数", "件", "—", "186", "154", "20.8",
      "2", "直接纠错率", "%", "≤15", "12.5", "16.9", "-4.4",
      "3", "持证行政执法人员", "人", "—", "1,624", "1,590", "2.1"];
    const got = facts(cells.join("\n"));
    expect(got).toEqual(expect.arrayContaining(["recon_received=186/full_year/jurisdiction", "recon_correction_rate=12.5/full_year/jurisdiction", "enforce_officers=1624/full_year/jurisdiction", "recon_received=154/prior_year/jurisdiction"]));
    expect(got.some((x) => x.includes("=15/") || x.includes("=20.8/") || x.includes("=-4.4/"))).toBe(false);
  });
  it("a development zone's row is a part of the city", () => {
    const text = ["表2 各县（区）行政复议情况", "| 地区 | 收到复议申请（件） | 纠错（件） |", "|---|---|---|", "| 惠城区 | 318 | 38 |", "| 大亚湾开发区 | 74 | 9 |", "| 合计 | 392 | 47 |"].join("\n");
    expect(facts(text)).toEqual(expect.arrayContaining(["recon_received=74/full_year/sub_entity", "recon_received=392/full_year/jurisdiction"]));
  });
});

it("a table in 万 gives whole counts (no binary noise)", () => {
  const text = ["表 主要数据", "| 指标 | 2023年 | 2024年 |", "|---|---|---|", "| 新收行政复议申请（万件） | 2.38 | 4.73 |"].join("\n");
  expect(run(text, { ...CITY, report_year: 2024 }).filter((o) => !o.is_derived).map((o) => o.value)).toEqual([23800, 47300]);
});
