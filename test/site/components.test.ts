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
import { docTitle } from "../../src/components/format.ts";
import { peerGroup } from "../../src/lib/slices.ts";
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
