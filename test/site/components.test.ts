// Unit tests for the site's pure helpers (formats, URL state, text highlighting, tile grid, ranking) and the static
// server. They run in Node without a browser.
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PERIODS, QUALIFIERS, SCOPES, ADMIN_LEVELS, DOC_STATUSES } from "../../pipeline/schema.ts";
import {
  chartLabel, formatDate, formatNumber, formatQualified, formatValue, LEVEL_ZH, markers, PERIOD_HELP, PERIOD_ZH,
  QUALIFIER_PREFIX, QUALIFIER_ZH, SCOPE_HELP, SCOPE_ZH, STATUS_ZH, warnFlags,
} from "../../src/components/format.ts";
import { parseState, pick, serializeState } from "../../src/components/state.ts";
import { segmentText } from "../../src/components/highlight.ts";
import { joinTiles, TILES } from "../../src/components/tiles.ts";
import { docHref, docOf, filterJurisdictions, indexValues, rankRows, regionHref, routeCode, rowsOf, siteRoot, sortByName, type HeadlineValue } from "../../src/components/data.ts";
import { citationText, docTitle, evidenceText, flagLabel, placeLabels, safeHttpUrl, sourceLabel, statusReasonZh } from "../../src/components/format.ts";
import { asText, columnKind, explainError, jsonRecords, LOCKDOWN_SQL, rewriteSiteReads, siteFileOf, tablesMentioned, unknownFilesMessage } from "../../src/components/sql.ts";
import { DASHBOARD_COLUMNS, dashboardCells, dashboardHeader, dashboardLines, type DashboardRow } from "../../src/lib/dashboard-csv.ts";
import { parse as parseCsv } from "csv-parse/sync";
import { peerGroup } from "../../src/lib/slices.ts";
import { csvField, neutralizeCell, placesPart, pngScale, plainName, VIEW_COLUMNS, viewCells, viewCsv, viewFileName, type ViewRow } from "../../src/components/download.ts";
import { matchPlaces, placeDetail } from "../../src/components/picker.ts";
import { tileRows } from "../../src/components/tiles.ts";
import { neutralize } from "../../pipeline/load/csv.ts";
import { MIME, startServer } from "../../scripts/serve.ts";
import { columnDocs, readmeText } from "../../src/lib/columns.ts";
import { TABLES } from "../../pipeline/schema.ts";

describe("labels cover the contract's vocabularies", () => {
  it.each([
    ["qualifier", QUALIFIERS, [QUALIFIER_ZH, QUALIFIER_PREFIX]],
    ["period", PERIODS, [PERIOD_ZH, PERIOD_HELP]],
    ["scope", SCOPES, [SCOPE_ZH, SCOPE_HELP]],
    ["admin level", ADMIN_LEVELS, [LEVEL_ZH]],
    ["status", DOC_STATUSES, [STATUS_ZH]],
  ] as const)("%s", (_name, values, maps) => {
    for (const m of maps) expect(Object.keys(m).sort()).toEqual([...values].sort());
  });
});

describe("formats", () => {
  it("writes numbers with 千分位 and keeps decimals", () => {
    expect(formatNumber(1234567)).toBe("1,234,567");
    expect(formatNumber(98.25)).toBe("98.25");
    expect(formatNumber(0)).toBe("0");
    expect(formatNumber(null)).toBe("无数据");
    expect(formatNumber(Number.NaN)).toBe("无数据");
    expect(formatValue(17000, "件")).toBe("17,000件");
  });
  it("writes dates as YYYY年M月D日", () => {
    expect(formatDate("2024-02-03")).toBe("2024年2月3日");
    expect(formatDate("2024-11")).toBe("2024年11月");
    expect(formatDate(null)).toBe("—");
  });
  it("prefixes qualified values and marks partial, derived and flagged ones", () => {
    const v = { value: 95, unit: "%", qualifier: "at_least", period: "full_year", is_derived: false, flags: "" };
    expect(formatQualified(v)).toBe("≥95%");
    expect(formatQualified({ ...v, qualifier: "approx", value: 1000, unit: "件" })).toBe("≈1,000件");
    expect(chartLabel({ ...v, qualifier: "exact", period: "partial" })).toBe("95%（部分时段）");
    expect(chartLabel({ ...v, qualifier: "exact", is_derived: true })).toBe("95%（推算）");
    expect(chartLabel({ ...v, flags: "inconsistent_with_counts" })).toBe("≥95% ⚠");
    expect(chartLabel({ ...v, value: null })).toBe("无数据");
    expect(markers({ ...v, flags: "implicit_value;inconsistent_with_counts" }).map((m) => m.kind)).toEqual(["info", "flag"]);
  });
  it("treats unknown flags as warnings", () => {
    expect(warnFlags("corrected;brand_new_flag;inconsistent_with_counts")).toEqual(["brand_new_flag", "inconsistent_with_counts"]);
    expect(warnFlags("")).toEqual([]);
  });
});

describe("URL state", () => {
  it("round-trips a view's state", () => {
    const state = { i: "recon_received", y: 2023, prov: "湖南省", lvl: "", j: ["430203", "411381"] };
    const search = serializeState(state);
    expect(search).not.toContain("lvl");
    expect(search).toContain("j=430203,411381");
    const back = parseState(search, ["j"]);
    expect(back).toEqual({ i: "recon_received", y: "2023", prov: "湖南省", j: ["430203", "411381"] });
  });
  it("escapes reserved characters in values", () => {
    const q = "SELECT * FROM observations WHERE flags <> '' AND x = 1 & y # z";
    expect(parseState(serializeState({ q })).q).toBe(q);
  });
  it("picks only allowed values", () => {
    expect(pick([2022, 2023], ["2023"], 2022)).toBe(2023);
    expect(pick([2022, 2023], ["1999", null], 2022)).toBe(2022);
  });
});

describe("highlighting", () => {
  it("splits text into plain pieces and one highlight per range, covering all text in order", () => {
    const text = "收到申请149件，受理145件。";
    const { pieces, skipped } = segmentText(text, [
      { id: "b", start: 11, end: 15 },
      { id: "a", start: 4, end: 8 },
      { id: "a2", start: 4, end: 8 },
      { id: "overlap", start: 6, end: 12 },
      { id: "derived", start: null, end: null },
      { id: "corrected", start: -1, end: -1 },
      { id: "outside", start: 10, end: 99 },
    ]);
    expect(pieces.map((p) => p.text).join("")).toBe(text);
    expect(pieces.filter((p) => p.ids).map((p) => [p.text, p.ids])).toEqual([["149件", ["a", "a2"]], ["145件", ["b"]]]);
    expect(skipped.sort()).toEqual(["corrected", "derived", "outside", "overlap"]);
  });
  it("keeps markup as plain text pieces", () => {
    const { pieces } = segmentText("<script>x</script>12件", [{ id: "n", start: 18, end: 21 }]);
    expect(pieces[0].text).toBe("<script>x</script>");
    expect(pieces[0].ids).toBeUndefined();
  });
});

describe("tile grid", () => {
  it("has 31 provinces at distinct positions", () => {
    expect(TILES).toHaveLength(31);
    expect(new Set(TILES.map((t) => t.code)).size).toBe(31);
    expect(new Set(TILES.map((t) => `${t.row},${t.col}`)).size).toBe(31);
  });
  it("matches the gazetteer's province names", async () => {
    const { readFileSync } = await import("node:fs");
    const provinces: { code: string; name: string }[] = JSON.parse(readFileSync("data/gazetteer/provinces.json", "utf8"));
    const mainland = provinces.filter((p) => Number(p.code) < 71);
    expect(TILES.map((t) => [t.code, t.name]).sort()).toEqual(mainland.map((p) => [p.code, p.name]).sort());
  });
  it("joins values by the first two digits of a code and leaves the rest empty", () => {
    const tiles = joinTiles([["430000", 5], ["110000", 7]]);
    expect(tiles.find((t) => t.code === "43")!.datum).toBe(5);
    expect(tiles.find((t) => t.code === "11")!.datum).toBe(7);
    expect(tiles.filter((t) => t.datum === null)).toHaveLength(29);
  });
});

describe("ranking", () => {
  const v = (code: string, value: number): HeadlineValue => ({
    obs_id: code, doc_id: "d", code, year: 2023, indicator_id: "x", value, unit: "件", qualifier: "exact", period: "full_year",
    period_note: null, scope: "jurisdiction", is_derived: false, flags: "", evidence: "", n_docs: 1,
  });
  const js = [
    { code: "1", name: "甲", level: "county", province_name: "湖南省" },
    { code: "2", name: "乙", level: "county", province_name: "湖南省" },
    { code: "3", name: "丙", level: "prefecture", province_name: "河南省" },
  ];
  it("keeps jurisdictions without a value, after the valued ones, with v = null (never 0)", () => {
    const rows = rankRows(js, indexValues([v("1", 5), v("3", 9)]), "x", 2023);
    expect(rows.map((r) => [r.code, r.v?.value ?? null])).toEqual([["3", 9], ["1", 5], ["2", null]]);
  });
  it("orders ascending when lower is better", () => {
    expect(rankRows(js, indexValues([v("1", 5), v("3", 9)]), "x", 2023, false).map((r) => r.code)).toEqual(["1", "3", "2"]);
  });
  it("ranks name-sorted jurisdictions the same way without comparing names (namesSorted)", () => {
    const more = [...js, { code: "4", name: "丁", level: "county", province_name: "湖南省" }, { code: "5", name: "戊", level: "county", province_name: "湖南省" }];
    const byKey = indexValues([v("1", 5), v("3", 9), v("4", 5)]);
    for (const dir of [null, false]) {
      const sorted = sortByName(more);
      expect(rankRows(sorted, byKey, "x", 2023, dir, { namesSorted: true }).map((r) => r.code)).toEqual(rankRows(more, byKey, "x", 2023, dir).map((r) => r.code));
    }
  });
  it("filters by province and level", () => {
    expect(filterJurisdictions(js, "湖南省", "").map((j) => j.code)).toEqual(["1", "2"]);
    expect(filterJurisdictions(js, "", "prefecture").map((j) => j.code)).toEqual(["3"]);
  });
});

describe("column documentation", () => {
  it("describes every column of every table in Chinese", () => {
    const docs = columnDocs();
    expect(docs.map((t) => t.table)).toEqual(Object.keys(TABLES));
    for (const t of docs) {
      expect(t.columns.map((c) => c.name)).toEqual(Object.keys(TABLES[t.table as keyof typeof TABLES].shape));
      for (const c of t.columns) expect(c.zh, `${t.table}.${c.name}`).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(readmeText()).toContain("observations：");
  });
});

describe("static server", () => {
  it("serves dist under a sub-path with the right MIME types and refuses paths outside it", async () => {
    const dir = mkdtempSync(join(tmpdir(), "fazhi-serve-"));
    mkdirSync(join(dir, "sub"));
    writeFileSync(join(dir, "index.html"), "<p>首页</p>");
    writeFileSync(join(dir, "sub", "a.wasm"), Buffer.from([0, 97, 115, 109]));
    writeFileSync(join(dir, "b.parquet"), "PAR1");
    writeFileSync(join(dir, "page.html"), "page");
    writeFileSync(join(dir, "c.0123abcd.js"), "export {}");
    const { server, url } = await startServer({ dir, port: 0, base: "/intranet/fazhi" });
    try {
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/intranet\/fazhi\/$/);
      const get = (p: string) => fetch(new URL(p, url));
      const index = await get("");
      expect(index.status).toBe(200);
      expect(index.headers.get("content-type")).toBe(MIME[".html"]);
      expect(await index.text()).toBe("<p>首页</p>");
      expect((await get("sub/a.wasm")).headers.get("content-type")).toBe("application/wasm");
      expect((await get("b.parquet")).headers.get("content-type")).toBe("application/vnd.apache.parquet");
      expect((await get("b.parquet")).headers.get("cache-control")).toBe("no-cache"); // not content-hashed: may change
      expect((await get("c.0123abcd.js")).headers.get("cache-control")).toContain("immutable");
      expect(await (await get("page")).text()).toBe("page");
      expect((await get("missing.js")).status).toBe(404);
      expect((await fetch(url.replace("/intranet/fazhi/", "/index.html"))).status).toBe(404);
      expect((await get("..%2f..%2fetc%2fpasswd")).status).toBeGreaterThanOrEqual(400);
    } finally {
      await new Promise((r) => server.close(r));
    }
  });
});

describe("data slices", () => {
  it("expands columnar files, adding the fields left out of the rows", () => {
    const t = { fields: ["code", "value"], rows: [["430203", 12], ["411381", null]] };
    expect(rowsOf(t, { year: 2023 })).toEqual([{ year: 2023, code: "430203", value: 12 }, { year: 2023, code: "411381", value: null }]);
    expect(rowsOf(null)).toEqual([]);
  });
  it("finds a value's document in its obs_id and links to the single-page views", () => {
    expect(docOf("9ed2cbea77d06b67:12")).toBe("9ed2cbea77d06b67");
    expect(docOf("")).toBe("");
    expect(docHref("9ed2cbea77d06b67", "9ed2cbea77d06b67:12")).toBe("./doc.html?id=9ed2cbea77d06b67&obs=9ed2cbea77d06b67%3A12");
    expect(regionHref("430203")).toBe("./region/430203.html");
  });
  it("finds the way back to the site's root from a page at any depth, under any sub-path", () => {
    const mod = "http://h/intranet/fazhi/_import/components/data.0123abcd.js";
    expect(siteRoot("/intranet/fazhi/indicator.html", mod)).toBe("./");
    expect(siteRoot("/intranet/fazhi/", mod)).toBe("./");
    expect(siteRoot("/intranet/fazhi/region/430203.html", mod)).toBe("../");
    expect(siteRoot("/intranet/fazhi/region/430203", mod)).toBe("../");
    expect(siteRoot("/elsewhere/page.html", mod)).toBe("./");
    expect(siteRoot(null, mod)).toBe("./");
  });
  it("reads the jurisdiction code from a region route", () => {
    expect(routeCode("/intranet/fazhi/region/430203.html")).toBe("430203");
    expect(routeCode("/region/430203")).toBe("430203");
    expect(routeCode("/intranet/fazhi/region.html")).toBe("");
    expect(routeCode("/region/")).toBe("");
  });
  it("groups peers by province code and level", () => {
    expect(peerGroup({ code: "430203", level: "county" })).toBe("43-county");
    expect(peerGroup({ code: "110000", level: null })).toBe("11-na");
  });
  it("titles an untitled report after its place and year, or marks the file name", () => {
    expect(docTitle({ title: " 关于2023年法治政府建设情况的报告 ", file_name: "a.txt" })).toBe("关于2023年法治政府建设情况的报告");
    expect(docTitle({ title: null, file_name: "a.txt", jurisdiction_name: "芦淞区", report_year: 2023 })).toBe("芦淞区2023年法治政府建设年度报告（原文无标题）");
    expect(docTitle({ title: "", file_name: "a.txt", jurisdiction_name: null, report_year: 2023 })).toBe("文件 a.txt（原文无标题，地区或年度未识别）");
  });
});

describe("quarantine reasons in Chinese", () => {
  it("translates the pipeline's English and bilingual reasons", () => {
    expect(statusReasonZh("empty file")).toBe("空文件");
    expect(statusReasonZh("无中文正文 / no Chinese prose (12 Chinese characters)")).toBe("无中文正文（只有 12 个汉字）");
    expect(statusReasonZh("文本过长，不像一份报告 / implausible input: 5000000 characters (limit 2000000)")).toBe("文本过长，不像一份报告（5000000 字，上限 2000000 字）");
    expect(statusReasonZh("既无可识别的地区也无可提取的指标 / no jurisdiction and no catalogued figure (jurisdiction: jurisdiction not found; report_year: not found)"))
      .toBe("既无可识别的地区也无可提取的指标（地区：未能识别；年度：未能识别）");
    expect(statusReasonZh("jurisdiction: ambiguous: 通州区; report_year: not found")).toBe("地区：有歧义，无法确定是哪一个（通州区）；年度：未能识别");
    expect(statusReasonZh("same bytes as 9ed2cbea77d06b67")).toBe("与文件 9ed2cbea77d06b67 的内容逐字节相同");
    expect(statusReasonZh("PDF has no text layer (scanned?)")).toMatch(/^PDF 没有文字层/);
    expect(statusReasonZh("legacy Word .doc (OLE), not DOCX")).toMatch(/^旧版 Word/);
    expect(statusReasonZh("unsupported file type .csv")).toBe("不支持的文件类型（.csv），不是报告文件");
    expect(statusReasonZh("unsupported file type (no extension)")).toBe("不支持的文件类型（无扩展名），不是报告文件");
    expect(statusReasonZh(null)).toBe("无说明");
    // an unknown English reason is not passed off as Chinese: it is marked as the pipeline's own words
    expect(statusReasonZh("brand new reason")).toBe("其他原因（流水线原文：brand new reason）");
  });
  it("leaves no English word in a known reason", () => {
    for (const r of ["empty file", "no text content in HTML", "DOCX has no text", "binary content, not text", "not a valid DOCX (zip)",
      "not a valid PDF (no %PDF header)", "PDF is encrypted (password required)", "unreadable PDF (bad xref)", "same text as 0123456789abcdef",
      "jurisdiction: jurisdiction not found (weak mentions only: 通州区, 南通市)", "report_year: not found"]) {
      expect(statusReasonZh(r).replace(/PDF|DOCX|Word|\.doc|%|[0-9a-f]{16}/g, ""), r).not.toMatch(/[A-Za-z]{3,}/);
    }
  });
});

describe("citations and the 来源 line", () => {
  it("cites a report without making up a title", () => {
    expect(sourceLabel({ title: " 关于2022年孝感市法治政府建设情况的报告 ", jurisdiction_name: "孝感市", report_year: 2022 })).toBe("《关于2022年孝感市法治政府建设情况的报告》");
    expect(sourceLabel({ title: null, jurisdiction_name: "芦淞区", report_year: 2023 })).toBe("芦淞区2023年报告（原文无标题）");
    expect(citationText({ title: "关于2022年孝感市法治政府建设情况的报告", issuer: "孝感市人民政府", published_on: "2023-02-09", source_url: "http://www.xiaogan.gov.cn/a.html", file_name: "002.txt" }))
      .toBe("孝感市人民政府：《关于2022年孝感市法治政府建设情况的报告》，2023年2月9日，http://www.xiaogan.gov.cn/a.html，文件 002.txt。");
    expect(citationText({ title: null, issuer: null, published_on: null, source_url: null, file_name: "000.txt" })).toBe("（原文无标题），文件 000.txt。");
  });
  it("links only http(s) addresses", () => {
    expect(safeHttpUrl("https://www.gov.cn/a.html")).toBe("https://www.gov.cn/a.html");
    expect(safeHttpUrl("javascript:alert(1)")).toBeNull();
    expect(safeHttpUrl("file:///etc/passwd")).toBeNull();
    expect(safeHttpUrl('http://x.cn/"><script>')).toBeNull();
    expect(safeHttpUrl(null)).toBeNull();
  });
  it("translates the comparable table's own flags", () => {
    expect(flagLabel("conflicting_sources")).toBe("另有文件给出不同的全年数值");
    expect(flagLabel("from_later_report")).toBe("取自下一年度报告中的上年数");
    expect(warnFlags("from_later_report;conflicting_sources")).toEqual(["conflicting_sources"]);
  });
});

describe("看板数值.csv", () => {
  const row: DashboardRow = {
    code: "430203", name: "芦淞区", province_name: "湖南省", level: "county", year: 2023, indicator_id: "mediation_cases", name_zh: "调解案件数",
    value: 774, unit: "件", qualifier: "at_least", period: "partial", obs_period: "partial", period_note: "一季度", scope: "government_level", scope_note: "区政府本级",
    evidence: "=HYPERLINK(\"http://x\")共调解案件774件,其中", is_derived: true, flags: "inconsistent_with_counts;from_later_report", n_sources: 2,
    title: null, issuer: "-株洲市芦淞区人民政府", published_on: "2024-02-23", source_url: null, file_name: "004.txt",
  };
  it("has the issue's twelve Chinese columns, then 备注", () => {
    expect(DASHBOARD_COLUMNS).toEqual(["地区", "省份", "级别", "年度", "指标", "数值", "单位", "限定", "时段", "范围", "原文句子", "来源", "备注"]);
    expect(dashboardHeader()).toBe("\uFEFF地区,省份,级别,年度,指标,数值,单位,限定,时段,范围,原文句子,来源,备注\r\n");
  });
  it("writes Chinese labels for every code, numbers as numbers", () => {
    const cells = dashboardCells(row);
    expect(cells.slice(0, 10)).toEqual(["芦淞区", "湖南省", "县级", 2023, "调解案件数", 774, "件", "不少于", "部分时段（一季度）", "政府本级（区政府本级）"]);
    expect(cells[11]).toBe("-株洲市芦淞区人民政府：（原文无标题），2024年2月23日，文件 004.txt。");
    expect(cells[12]).toBe("比率与计数不一致；取自下一年度报告中的上年数；推算（由报告中的其他数字计算得出）；该地该年共 2 份文件给出此指标，按既定顺序取其一");
    // a prior-year figure of the next report is full-year for its own year: its period words are not carried over
    expect(dashboardCells({ ...row, period: "full_year", obs_period: "prior_year", period_note: "2022年为" })[8]).toBe("全年");
  });
  it("writes a computed value's formula with the indicators' names, never their codes", () => {
    const names = new Map([["mediation_succeeded", "人民调解成功数"], ["mediation_cases", "人民调解纠纷数"], ["recon_corrected", "纠错数"]]);
    const derived = { ...row, evidence: "mediation_succeeded/mediation_cases*100: mediation_succeeded=3105, mediation_cases=3210" };
    expect(dashboardCells(derived, (id) => names.get(id))[10]).toBe("推算：人民调解成功数 ÷ 人民调解纠纷数 × 100（人民调解成功数 3105，人民调解纠纷数 3210）");
    expect(evidenceText("sum of recon_corrected across levels: recon_corrected=3, recon_corrected=4", (id) => names.get(id))).toBe("推算：各级纠错数之和（纠错数 3，纠错数 4）");
    // a report's sentence is left as it is, even one that looks like a formula
    for (const e of ["=HYPERLINK(\"x\"): a=1", "共调解案件774件,其中", "", "a: b"]) expect(evidenceText(e, (id) => names.get(id))).toBe(e);
    expect(evidenceText(null, () => null)).toBe("");
  });
  it("neutralises formulas like the export and quotes by RFC 4180", () => {
    const line = dashboardLines([row]);
    expect(line.endsWith("\r\n")).toBe(true);
    const cells = parseCsv(line, { relax_column_count: false })[0] as string[];
    expect(cells).toHaveLength(13);
    expect(cells[10]).toBe("'=HYPERLINK(\"http://x\")共调解案件774件,其中");
    expect(cells[11]!.startsWith("'-株洲市")).toBe(true);
    expect(cells[5]).toBe("774");
    expect(dashboardLines([{ ...row, value: -3, evidence: "+1", issuer: "@x" }])).toMatch(/^芦淞区,湖南省,县级,2023,调解案件数,-3,件,不少于,部分时段（一季度）,政府本级（区政府本级）,'\+1,'@x：/);
  });
});

describe("下载此视图", () => {
  const indicators = new Map([
    ["mediation_cases", { indicator_id: "mediation_cases", name_zh: "调解案件数", unit: "件", tracked: true }],
    ["penalty_cases", { indicator_id: "penalty_cases", name_zh: "行政处罚案件数", unit: "件", tracked: false }],
  ]);
  const valued: ViewRow = {
    code: "430203", name: "▶ 芦淞区", province_name: "湖南省", level: "county", year: 2023, indicator_id: "mediation_cases", note: "本页地区",
    v: { value: 774, unit: "件", qualifier: "at_least", period: "partial", period_note: "一季度", scope: "government_level", is_derived: true, flags: "inconsistent_with_counts",
      n_docs: 2, year: 2023, obs_id: "d1:3", evidence: "=HYPERLINK(\"http://x\")共调解案件774件,其中<script>x</script>" },
  };
  const missing: ViewRow = { code: "411381", name: "邓州市", province_name: "河南省", level: "county", year: 2023, indicator_id: "penalty_cases", v: null, missing: "no_report" };
  const docs = new Map([["d1", { doc_id: "d1", title: null, issuer: "株洲市芦淞区人民政府", published_on: "2024-02-23", source_url: null, file_name: "004.txt" }]]);

  it("has 看板数值.csv's columns, with the row's place in the chart and the place's code", () => {
    expect(VIEW_COLUMNS).toEqual(["序号", "地区", "行政区划代码", "省份", "级别", "年度", "指标", "数值", "单位", "限定", "时段", "范围", "原文句子", "来源", "备注"]);
  });
  it("writes a value's row in Chinese, citing its report, and names a missing one for what it is", () => {
    expect(viewCells(valued, 0, { indicators, docs })).toEqual([
      1, "芦淞区", "430203", "湖南省", "县级", 2023, "调解案件数", 774, "件", "不少于", "部分时段（一季度）", "政府本级",
      "=HYPERLINK(\"http://x\")共调解案件774件,其中<script>x</script>", "株洲市芦淞区人民政府：（原文无标题），2024年2月23日，文件 004.txt。",
      "比率与计数不一致；推算（由报告中的其他数字计算得出）；该地该年共 2 份文件给出此指标，按既定顺序取其一；本页地区",
    ]);
    const m = viewCells(missing, 1, { indicators });
    expect(m.slice(0, 8)).toEqual([2, "邓州市", "411381", "河南省", "县级", 2023, "行政处罚案件数", null]);
    expect(m[14]).toBe("无该年报告：没有收集到该地区该年度的报告；实验性指标（未经人工核验）");
    expect(viewCells({ ...missing, missing: "not_given" }, 0, { indicators })[14]).toMatch(/^报告未提及：/);
    // without its citation, a document is named by its title or place and year, never left out
    expect(viewCells({ ...valued, v: { ...valued.v!, doc_title: "某某报告" } }, 0, { indicators })[13]).toBe("《某某报告》");
  });
  it("is UTF-8 with a BOM, CRLF, RFC 4180 quoting and the export's guard against formulas", () => {
    const text = viewCsv([valued, missing], { indicators, docs });
    expect(text.startsWith("\uFEFF序号,地区,行政区划代码,")).toBe(true);
    const lines = text.slice(1).split("\r\n");
    expect(lines).toHaveLength(4); // header, two rows, the empty string after the last CRLF
    const cells = parseCsv(text.slice(1), { relax_column_count: false }) as string[][];
    expect(cells[1]![12]).toBe("'=HYPERLINK(\"http://x\")共调解案件774件,其中<script>x</script>");
    expect(cells[1]![7]).toBe("774");
    expect(cells[2]![7]).toBe("");
    for (const s of ["=1+1", "+1", "-3", "@x", "\tx", "\rx", "x=1", "", "中文"]) expect(neutralizeCell(s)).toBe(neutralize(s));
    expect(csvField(-3)).toBe("-3");
    expect(csvField(Number.NaN)).toBe("");
    expect(csvField('a"b')).toBe('"a""b"');
  });
  it("names files in Chinese after the page, the indicator and the year or places, without characters a file system refuses", () => {
    expect(viewFileName(["指标", "行政复议受理数", 2023], "csv")).toBe("指标_行政复议受理数_2023.csv");
    expect(viewFileName(["对比", "复议/诉讼: 比率*?", "各地最新", placesPart(["芦淞区", "邓州市", "孝感市"])], "png")).toBe("对比_复议_诉讼_比率_各地最新_芦淞区等3地.png");
    expect(viewFileName(["地区", "▶ 芦淞区", "..\\..", "a\u0000b", "", null], "svg")).toBe("地区_芦淞区_a_b.svg");
    expect(viewFileName(["指标", "长".repeat(200)], "csv")).toBe(`指标_${"长".repeat(77)}.csv`);
    expect(viewFileName([], "csv")).toBe("视图.csv");
    expect(placesPart(["芦淞区", "邓州市"])).toBe("芦淞区、邓州市");
    expect(plainName("▶ 芦淞区")).toBe("芦淞区");
  });
  it("draws a PNG at twice the size, or as large as a canvas allows", () => {
    expect(pngScale(944, 600)).toBe(2);
    expect(pngScale(944, 78_050)).toBe(0.4); // 3,000 bars: too tall at 2× (and then too tall at all: SVG only)
    expect(pngScale(944, 20_000)).toBe(1.6);
  });
  it("lists the province tiles with their province-level values, or why there is none", () => {
    const js = [
      { code: "430000", name: "湖南省", level: "province", province_name: "湖南省", years: [2023] },
      { code: "410000", name: "河南省", level: "province", province_name: "河南省", years: [2022] },
      { code: "430203", name: "芦淞区", level: "county", province_name: "湖南省", years: [2023] },
    ];
    const rows = tileRows(js, (code) => (code === "430000" ? { value: 1 } : null), 2023, "x");
    expect(rows).toHaveLength(31);
    const by = (n: string) => rows.find((r) => r.name === n)!;
    expect(by("湖南省")).toMatchObject({ code: "430000", v: { value: 1 }, missing: undefined });
    expect(by("河南省")).toMatchObject({ code: "410000", v: null, missing: "no_report" });
    expect(by("北京市")).toMatchObject({ code: null, v: null, missing: "no_report" });
    expect(tileRows([{ ...js[0]!, years: [2023] }], () => null, 2023, "x").find((r) => r.name === "湖南省")!.missing).toBe("not_given");
  });
});

describe("the searchable region picker", () => {
  const places = [
    { code: "110112", name: "通州区", level: "county", province_name: "北京市", parent_name: "北京市" },
    { code: "320612", name: "通州区", level: "county", province_name: "江苏省", parent_name: "南通市" },
    { code: "320600", name: "南通市", level: "prefecture", province_name: "江苏省", parent_name: "江苏省" },
    { code: "110000", name: "北京市", level: "province", province_name: "北京市", parent_name: null },
    { code: "120114", name: "武清区", level: "county", province_name: "天津市", parent_name: "天津市" },
  ];
  const find = (q: string) => matchPlaces(places, q, (p) => p.name, (p) => `${p.province_name} ${p.parent_name ?? ""} ${p.code}`).map((p) => p.code);
  it("finds every place of a name, told apart by province and city", () => {
    expect(find("通州")).toEqual(["110112", "320612"]);
    expect(find("通州 江苏")).toEqual(["320612"]);
    expect(find("南通")).toEqual(["320600", "320612"]); // the name first, then the places under it
    expect(find("  ")).toEqual([]);
    expect(find("1101")).toEqual(["110112"]);
    expect(placeDetail(places[0]!)).toBe("北京市 · 县级 · 110112");
    expect(placeDetail(places[1]!)).toBe("江苏省 · 南通市 · 县级 · 320612");
    expect(placeDetail({ code: "1", name: "某地", level: null, province_name: null })).toBe("省份未知 · 级别未知 · 1");
  });
  it("labels a name two places share with the province, and the code when even that is shared", () => {
    const labels = placeLabels([
      ...places,
      { code: "130104", name: "桥西区", province_name: "河北省" },
      { code: "130703", name: "桥西区", province_name: "河北省" },
    ]);
    expect(labels.get("110112")).toBe("通州区（北京市）");
    expect(labels.get("320612")).toBe("通州区（江苏省）");
    expect(labels.get("120114")).toBe("武清区");
    expect(labels.get("130703")).toBe("桥西区（河北省 130703）");
  });
  it("ranks the exact name first, then names that start with the words, then names that hold them", () => {
    const ps = [{ name: "大通区" }, { name: "通州区" }, { name: "通州" }, { name: "南通州镇" }];
    expect(matchPlaces(ps, "通州", (p) => p.name, () => "").map((p) => p.name)).toEqual(["通州", "通州区", "南通州镇"]);
  });
});

describe("the SQL notebook's offline rules", () => {
  it("reads the site's own files through their tables", () => {
    expect(rewriteSiteReads("SELECT * FROM read_parquet('comparable.parquet')")).toEqual({ sql: "SELECT * FROM comparable", files: ["comparable.parquet"], unknown: [] });
    expect(rewriteSiteReads("select count(*) from read_json('documents.json', format = 'auto') d join read_json_auto('./data/jurisdictions.json') j on true").sql)
      .toBe("select count(*) from documents_json d join jurisdictions_json j on true");
    expect(rewriteSiteReads("SELECT * FROM 'indicators.csv'").sql).toBe("SELECT * FROM indicators");
    expect(rewriteSiteReads("SELECT * FROM parquet_scan('_file/data/observations.1a2b3c4d.parquet')").sql).toBe("SELECT * FROM observations");
    expect(rewriteSiteReads("SELECT * FROM read_parquet('http://127.0.0.1:3000/sub/_file/data/comparable.1a2b3c4d.parquet')", "http://127.0.0.1:3000").sql).toBe("SELECT * FROM comparable");
    // strings and comments are left alone
    const keep = "SELECT 'read_parquet(''x.parquet'')' AS s -- read_json('documents.json')\nFROM documents";
    expect(rewriteSiteReads(keep)).toEqual({ sql: keep, files: [], unknown: [] });
  });
  it("refuses any other file or address, however it is named", () => {
    expect(rewriteSiteReads("SELECT * FROM read_parquet('https://example.com/comparable.parquet')").unknown).toEqual(["https://example.com/comparable.parquet"]);
    expect(rewriteSiteReads("SELECT * FROM read_csv('/etc/passwd')").unknown).toEqual(["/etc/passwd"]);
    expect(rewriteSiteReads("SELECT * FROM 'http://evil/x.json'").unknown).toEqual(["http://evil/x.json"]);
    expect(siteFileOf("https://example.com/comparable.parquet", "http://127.0.0.1:3000")).toBeNull();
    expect(unknownFilesMessage(["x.parquet"])).toMatch(/^本页只能读取本站自带的文件/);
  });
  it("turns extension autoinstall and autoload off, file access too, and locks the settings", () => {
    expect(LOCKDOWN_SQL).toEqual([
      "SET GLOBAL autoinstall_known_extensions = false",
      "SET GLOBAL autoload_known_extensions = false",
      "SET GLOBAL enable_external_access = false",
      "SET GLOBAL lock_configuration = true",
    ]);
  });
  it("finds the tables loaded on first use", () => {
    expect(tablesMentioned("SELECT * FROM document_texts t", ["document_texts", "documents_json"])).toEqual(["document_texts"]);
    expect(tablesMentioned("SELECT 'document_texts' -- documents_json", ["document_texts", "documents_json"])).toEqual([]);
  });
  it("explains DuckDB's errors in Chinese", () => {
    const json = explainError('Catalog Error: Scalar Function with name "json_extract" is not in the catalog, but it exists in the json extension.');
    expect(json).toContain("json 扩展");
    expect(json).toContain("read_json('documents.json')");
    expect(explainError('Catalog Error: Table Function with name "read_parquet" is not in the catalog, but it exists in the parquet extension.')).toContain("read_parquet('comparable.parquet')");
    expect(explainError("function signature mismatch")).toContain("离线");
    expect(explainError("Permission Error: Scanning read_csv files is disabled through configuration")).toContain("不访问网络");
    expect(explainError("Catalog Error: Table with name nosuch does not exist!", ["comparable"])).toBe("没有名为 nosuch 的表。可用的表：comparable；本站文件可用 read_parquet('…') 或 read_json('…') 读取。");
    expect(explainError('Binder Error: Referenced column "foo" not found in FROM clause!')).toBe("没有名为 foo 的列。各表的列见“下载”页的字段说明。");
    expect(explainError('Parser Error: syntax error at or near "FORM"')).toBe("SQL 语法错误，位置在“FORM”附近。");
    for (const m of ["anything else", "Invalid Input Error: Cannot change configuration option \"x\" - the configuration has been locked"]) expect(explainError(m)).toMatch(/[\u4e00-\u9fff]/);
  });
  it("turns the site's JSON files into records and typed columns", () => {
    expect(jsonRecords({ fields: ["code", "years"], rows: [["430203", [2023]], ["411381", null]] })).toEqual([{ code: "430203", years: [2023] }, { code: "411381", years: null }]);
    expect(jsonRecords([{ a: 1 }])).toEqual([{ a: 1 }]);
    expect(columnKind([2023, null, 2024])).toBe("int");
    expect(columnKind([1.5, 2])).toBe("float");
    expect(columnKind([null, null])).toBe("string");
    expect(columnKind([[2023], null, [2022, 2024]])).toBe("int_list");
    expect(columnKind(["a", 1])).toBe("string");
    expect(asText({ a: 1 })).toBe('{"a":1}');
  });
});

describe("static server answers in Chinese", () => {
  it("serves 404.html for a missing page under the sub-path and a Chinese message outside it", async () => {
    const dir = mkdtempSync(join(tmpdir(), "fazhi-serve-"));
    writeFileSync(join(dir, "index.html"), "<p>首页</p>");
    writeFileSync(join(dir, "404.html"), "<p>页面不存在（404）</p>");
    const { server, url } = await startServer({ dir, port: 0, base: "/intranet/fazhi/" });
    try {
      const missing = await fetch(new URL("a/b/c.html", url));
      expect(missing.status).toBe(404);
      expect(await missing.text()).toBe("<p>页面不存在（404）</p>");
      const outside = await fetch(url.replace("/intranet/fazhi/", "/x.html"));
      expect(outside.status).toBe(404);
      expect(await outside.text()).toMatch(/^404 页面不存在/);
    } finally {
      await new Promise((r) => server.close(r));
    }
  });
});
