// The built site in Debian's Chromium, served from a sub-path on 127.0.0.1: every page opens without errors and
// makes no request to another host, charts are drawn, qualified/partial/flagged/missing values are marked, a
// highlighted number shows its evidence, the view's state round-trips through the URL, only the notebook loads
// DuckDB-WASM (and its SQL runs), the downloads are what they claim, and report text is escaped.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { startServer } from "../../scripts/serve.ts";
import { readCsv } from "../../pipeline/eval/score.ts";
import { ROOT } from "../pipeline/helpers.ts";
import { launch, openPage, settle, type Session } from "./browser.ts";
import { sliceFile } from "../../src/lib/slices.ts";
import { nameBucket } from "../../src/components/data.ts";
import { openWarehouse } from "../../src/lib/warehouse.ts";

const BASE = "/intranet/fazhi/";
const SHOTS = join(ROOT, "test", "screenshots");
const INJECTED = "zz_injected.txt";
/** A blank file: quarantined with the pipeline's English reason "empty file" (the pages must say it in Chinese). */
const EMPTY = "zz_empty.txt";
/** The sample report given a page address through a sources.csv beside the reports (the citation links it). */
const WITH_URL = "002_ee818c6104b8b858.txt";
const WITH_URL_ADDRESS = "http://www.xiaogan.gov.cn/zwgk/fzzfjsbg/2023/0209/report.html";
/**
 * Two places called 通州区 (北京市, and 江苏省 南通市), each with a short report of 2023: the searchable region picker
 * must list both, each with its province.
 */
const TONGZHOU: [string, string][] = [
  ["zz_tongzhou_bj.txt", `北京市通州区人民政府关于2023年法治政府建设情况的报告
北京市通州区人民政府
2023年，北京市通州区坚持以习近平法治思想为指导，全面推进法治政府建设，现将有关情况报告如下。
一、2023年工作情况
（一）行政复议和行政应诉工作
2023年，全区共收到行政复议申请612件，受理行政复议案件580件，审结行政复议案件561件。
全区共发生行政诉讼案件402件，行政机关负责人出庭应诉率达到100%。
（二）矛盾纠纷化解
全区人民调解组织共调解矛盾纠纷3210件，调解成功3105件。
二、存在的不足和2024年工作安排
北京市通州区人民政府
`],
  ["zz_tongzhou_js.txt", `南通市通州区人民政府关于2023年法治政府建设工作情况的报告
江苏省南通市通州区人民政府
2023年，南通市通州区人民政府深入学习贯彻习近平法治思想，扎实推进法治政府建设，现将有关情况报告如下。
一、2023年主要工作
（一）规范行政复议工作
2023年，全区共收到行政复议申请238件，受理行政复议案件215件，审结行政复议案件209件。
全区行政机关负责人出庭应诉率达到98.5%。
（二）化解矛盾纠纷
全区人民调解组织共调解矛盾纠纷1876件。
二、下一步工作打算
南通市通州区人民政府
`],
];
/**
 * Earlier and more reports for the change since the previous report year, rank movement and peer medians: 芦淞区 2022
 * (an exact count, a partial-year count 截至11月底, an approximate 800余件, a 95%以上 rate), 邓州市 2022 (its next report
 * is of 2024: the change names 2022), and a second county of 湖南省 in 2023, 荷塘区 (a median over two places, and a
 * 98%以上 rate a median leaves out).
 */
const EARLIER: [string, string][] = [
  ["zz_lusong_2022.txt", `株洲市芦淞区人民政府关于2022年法治政府建设工作情况的报告
株洲市芦淞区人民政府
2022年，芦淞区坚持以习近平法治思想为指导，深入推进法治政府建设，现将有关情况报告如下。
一、2022年主要工作
（一）行政复议工作
2022年共收到行政复议申请120件，受理行政复议案件110件，审结行政复议案件100件。
（二）行政执法工作
截至11月底，全区开展行政检查9000次。
（三）矛盾纠纷化解
2022年我区共调解案件800余件，调解成功率95%以上。
二、存在的不足和下一步工作打算
株洲市芦淞区人民政府
`],
  ["zz_dengzhou_2022.txt", `邓州市人民政府关于2022年法治政府建设情况的报告
邓州市人民政府
2022年，邓州市深入学习贯彻习近平法治思想，扎实推进法治政府建设，现将有关情况报告如下。
一、2022年工作情况
（一）行政复议
2022年，全市共收到行政复议申请300件，受理行政复议案件280件。
（二）行政执法
全市开展行政检查140次。
二、存在的问题和2023年工作打算
邓州市人民政府
`],
  ["zz_hetang_2023.txt", `株洲市荷塘区人民政府关于2023年法治政府建设工作情况的报告
株洲市荷塘区人民政府
2023年，荷塘区坚持以习近平法治思想为指导，全面推进法治政府建设，现将有关情况报告如下。
一、2023年主要工作
（一）行政复议工作
2023年共收到行政复议申请90件，受理行政复议案件86件，审结行政复议案件80件。
（二）矛盾纠纷化解
2023年全区共调解矛盾纠纷500件，调解成功率98%以上。
二、存在的不足和2024年工作打算
株洲市荷塘区人民政府
`],
];
/** Two files of one name in different folders (blank, so quarantined): doc.html?id=<that name> lists both. */
const SAME_NAME = "zz_blank.txt";
let buildLog = "";
let server: Server;
let url = "";
let session: Session;
let docs: Record<string, string>[] = [];
let obs: Record<string, string>[] = [];
let comparable: Record<string, string>[] = [];
let indicatorRows: Record<string, string>[] = [];
let dataDir = "";
/** Write the fixture's files, [path under `dir`, text] each, their folders made as needed. */
function writeFiles(dir: string, files: [string, string][]): void {
  for (const [path, text] of files) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}
/** Every request each page made, by page path. */
const requests = new Map<string, string[]>();

beforeAll(async () => {
  // A data folder of its own: the sample plus a copy of one report whose text carries markup (which also gives
  // the quality page two reports for one jurisdiction and year).
  const data = (dataDir = mkdtempSync(join(tmpdir(), "fazhi-site-")));
  const raw = join(data, "raw");
  cpSync(join(ROOT, "data", "raw"), raw, { recursive: true });
  const seed = readFileSync(join(raw, "004_441107c01ae2d665.txt"), "utf8");
  expect(seed).toContain("2023年我区共调解案件774件");
  writeFiles(raw, [
    [INJECTED, seed.replace("2023年我区共调解案件774件", "<script>window.__pwned=1</script><b>粗体</b>2023年我区共调解案件774件")],
    [EMPTY, "  \n\n"],
    ...TONGZHOU,
    ...EARLIER,
    [SAME_NAME, "\n"],
    [join("sub", SAME_NAME), " \n \n"],
  ]);
  // beside the input folder, as analysts keep page addresses (a CSV inside it would be read as one more input file)
  writeFiles(data, [["sources.csv", `file,url\n${WITH_URL},${WITH_URL_ADDRESS}\n`]]);
  const tsx = join(ROOT, "node_modules", ".bin", "tsx");
  const args = ["pipeline/cli.ts", "--input", raw, "--db", join(data, "warehouse.duckdb"), "--parquet", join(data, "parquet"), "--export", join(data, "export"), "--quiet"];
  const p = spawnSync(tsx, args, { cwd: ROOT, encoding: "utf8" });
  expect(p.status, p.stderr).toBe(3); // 3: a document was quarantined (the blank one)
  docs = readCsv(join(data, "export", "documents.csv"));
  obs = readCsv(join(data, "export", "observations.csv"));
  comparable = readCsv(join(data, "export", "comparable.csv"));
  indicatorRows = readCsv(join(data, "export", "indicators.csv"));
  expect(docs.find((d) => d.file_name === EMPTY)?.status).toBe("quarantined");
  expect(docs.find((d) => d.file_name === WITH_URL)?.source_url).toBe(WITH_URL_ADDRESS);
  const b = spawnSync("npm", ["run", "-s", "build"], { cwd: ROOT, encoding: "utf8", env: { ...process.env, FAZHI_DATA_DIR: data } });
  expect(b.status, (b.stdout + b.stderr).slice(-3000)).toBe(0);
  buildLog = `${b.stdout}\n${b.stderr}`;
  ({ server, url } = await startServer({ dir: join(ROOT, "dist"), port: 0, host: "127.0.0.1", base: BASE }));
  session = await launch();
  mkdirSync(SHOTS, { recursive: true });
}, 600_000);

afterAll(async () => {
  await session?.close();
  await new Promise((r) => server?.close(r));
});

async function open(path: string, ready?: string, width?: number) {
  const { page, log } = await openPage(session);
  const seen: string[] = [];
  page.on("request", (r) => seen.push(r.url()));
  if (!width) requests.set(path, seen);
  if (width) await page.setViewportSize({ width, height: width < 600 ? 844 : 900 });
  await page.goto(url + path);
  const shown = await settle(page, ready, 60_000);
  return { page, log, shown };
}

const docId = (file: string) => {
  const d = docs.find((x) => x.file_name === file);
  expect(d, file).toBeDefined();
  return d!.doc_id;
};

/** The text of the indicator page's table row for one jurisdiction. */
const rowText = (page: Page, code: string) => page.locator(`tr[data-code="${code}"]`).first().textContent();

// [path, a selector that proves the page's main content is drawn]
const PAGES: [string, string][] = [
  ["index.html", "svg [aria-label=bar] rect, svg rect"],
  ["indicator.html", "[data-chart=ranked] svg .fz-bar rect"],
  ["compare.html", "[data-chart=compare] svg rect"],
  ["regions.html", "table.fz-table a[href^='./region/']"],
  ["reports.html", "table.fz-table a[href^='./doc.html?id=']"],
  ["quality.html", "[data-chart=coverage] svg rect"],
  ["method.html", "[data-section=indicators] table"],
  ["notebook.html", "[data-role=sql-result] table"],
  ["download.html", "[data-section=columns] table"],
  ["region/430203.html", "[data-chart=peers] svg"],
  ["doc.html?id=<004>", "[data-role=report-text] mark"],
];

describe("site", () => {
  it.each(PAGES)("%s opens with no errors, draws its content, requests nothing outside", async (path, ready) => {
    const real = path.replace("<004>", () => docId("004_441107c01ae2d665.txt"));
    const { page, log, shown } = await open(real, ready);
    await page.screenshot({ path: join(SHOTS, `${path.replace(/\W/g, "_")}.png`), fullPage: true });
    expect(shown).toEqual([]);
    expect(log.errors).toEqual([]);
    expect(log.plotWarnings).toEqual([]);
    expect(log.failed).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("zh-CN");
    expect(await page.locator(ready).count()).toBeGreaterThan(0);
    // Chinese UI: the sidebar and the first heading are Chinese.
    expect(await page.locator("#observablehq-sidebar").textContent()).toContain("数据质量");
    expect(await page.locator("h1").first().textContent()).toMatch(/[\u4e00-\u9fff]|\.txt$/);
    await page.close();
  }, 90_000);

  it("only the notebook page loads DuckDB-WASM", () => {
    for (const [path, seen] of requests) {
      const duck = seen.filter((u) => /duckdb/i.test(u));
      if (path === "notebook.html") expect(duck.some((u) => /duckdb-(eh|mvp)\.wasm$/.test(u)), path).toBe(true);
      else expect(duck, path).toEqual([]);
    }
    expect(requests.size).toBe(PAGES.length);
  });

  it("marks qualified, partial-period and flagged headline values, and names missing ones (not a bar)", async () => {
    const head = obs.filter((o) => o.is_headline === "true");
    const qualified = head.find((o) => o.qualifier === "at_least");
    const partial = head.find((o) => o.period === "partial" && o.qualifier === "exact");
    const flagged = head.find((o) => o.flags.split(";").includes("inconsistent_with_counts"));
    expect(qualified && partial && flagged, "the sample should hold each kind of value").toBeTruthy();
    const withCode = docs.filter((d) => d.jurisdiction_code);
    for (const [o, expected, barClass] of [
      [qualified!, "≥", "fz-bar-qualified"],
      [partial!, "部分时段", "fz-bar-partial"],
      [flagged!, "⚠", null],
    ] as const) {
      const { page, log } = await open(`indicator.html?i=${o.indicator_id}&y=${o.report_year}`, "[data-chart=ranked] svg");
      expect(await rowText(page, o.jurisdiction_code)).toContain(expected);
      if (barClass) expect(await page.locator(`[data-chart=ranked] .${barClass} rect`).count()).toBeGreaterThan(0);
      // Every jurisdiction with a report is listed; those without this value say which kind of missing and get no bar.
      const rows = await page.locator("tr[data-code]").count();
      const missing = await page.locator("tr[data-missing]").count();
      expect(rows).toBe(new Set(withCode.map((d) => d.jurisdiction_code)).size);
      expect(missing).toBeGreaterThan(0);
      for (const tr of await page.locator("tr[data-missing]").all()) expect(await tr.textContent()).toMatch(/无该年报告|报告未提及/);
      expect(await page.locator("[data-chart=ranked] .fz-bar rect").count()).toBe(rows - missing);
      expect(await page.locator("[data-chart=ranked] .fz-missing-label text").count()).toBe(missing);
      expect(log.errors).toEqual([]);
      await page.close();
    }
  }, 120_000);

  it("keeps the indicator view's state in the URL, and a link reproduces it", async () => {
    const { page, log } = await open("indicator.html", "[data-chart=ranked] svg");
    const head = obs.filter((o) => o.is_headline === "true" && o.report_year);
    // Pick an indicator and year that differ from whatever the page chose by default.
    const start = new URL(page.url()).searchParams;
    const target = head.find((o) => o.indicator_id !== start.get("i") && o.report_year !== start.get("y"))!;
    expect(target).toBeDefined();
    await page.locator("select[name=i]").selectOption(target.indicator_id);
    await page.locator("select[name=y]").selectOption({ label: `${target.report_year}年` });
    await page.locator("select[name=lvl]").selectOption({ label: "县级" });
    await expect.poll(() => new URL(page.url()).searchParams.get("i")).toBe(target.indicator_id);
    await expect.poll(() => new URL(page.url()).searchParams.get("y")).toBe(target.report_year);
    await expect.poll(() => new URL(page.url()).searchParams.get("lvl")).toBe("county");
    const link = page.url();
    const heading = await page.locator("h2").first().textContent();
    expect(heading).toContain(`${target.report_year}年`);
    await page.close();

    const again = await open(link.slice(url.length), "[data-chart=ranked] svg");
    expect(await again.page.locator("select[name=i]").inputValue()).toBe(target.indicator_id);
    expect(await again.page.locator("select[name=y] option:checked").textContent()).toBe(`${target.report_year}年`);
    expect(await again.page.locator("select[name=lvl] option:checked").textContent()).toBe("县级");
    expect(await again.page.locator("h2").first().textContent()).toBe(heading);
    expect(again.page.url()).toBe(link);
    // The level filter is applied: only county rows are listed.
    for (const tr of await again.page.locator("tr[data-code]").all()) expect(await tr.textContent()).toContain("县级");
    expect(log.errors).toEqual([]);
    expect(again.log.errors).toEqual([]);
    await again.page.close();
  }, 90_000);

  it("shows a number's indicator, attributes and evidence when it is clicked in the document view", async () => {
    const id = docId("004_441107c01ae2d665.txt");
    const { page, log } = await open(`doc.html?id=${id}`, "mark");
    const mark = page.locator("mark", { hasText: "774件" }).first();
    await mark.click();
    const detail = page.locator("[data-role=detail]");
    await expect.poll(() => detail.textContent(), { timeout: 10_000 }).toContain("mediation_cases");
    expect(await detail.locator("[data-field=evidence]").first().textContent()).toContain("2023年我区共调解案件774件");
    expect(await detail.locator("[data-field=qualifier]").first().textContent()).toBe("确数");
    expect(await detail.locator("[data-field=period]").first().textContent()).toBe("全年");
    expect(await detail.locator("[data-field=scope]").first().textContent()).toBe("全辖区");
    expect(await detail.locator("[data-field=headline]").first().textContent()).toBe("是");
    const obsId = new URL(page.url()).searchParams.get("obs");
    expect(obsId).toMatch(new RegExp(`^${id}:`));
    await page.screenshot({ path: join(SHOTS, "doc-clicked.png"), fullPage: true });
    await page.close();
    // The link with ?obs= opens with the same number selected.
    const again = await open(`doc.html?id=${id}&obs=${encodeURIComponent(obsId!)}`, "mark.selected");
    expect(await again.page.locator("mark.selected").first().textContent()).toBe("774件");
    expect(await again.page.locator("[data-role=detail]").textContent()).toContain("2023年我区共调解案件774件");
    expect(log.errors).toEqual([]);
    expect(again.log.errors).toEqual([]);
    await again.page.close();
  }, 90_000);

  it("links each value on a region page to its evidence and to the document view", async () => {
    const { page, log } = await open("region/430203.html", ".fz-region-matrix");
    expect(await page.locator("h1").first().textContent()).toBe("芦淞区");
    // the route's links lead back up to the top-level pages, and on to other regions' routes
    const sidebar = await page.locator("#observablehq-sidebar a").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(sidebar.some((h) => h.endsWith(`${BASE}indicator.html`))).toBe(true);
    expect(sidebar.every((h) => !h.includes(`${BASE}region/`) || h.endsWith(".html"))).toBe(true);
    const first = page.locator("tr[data-obs]").first();
    const evidence = await first.locator("td.evidence").textContent();
    expect(evidence!.length).toBeGreaterThan(5);
    await first.locator("a").last().click();
    await settle(page, "[data-role=detail] [data-field=evidence]", 60_000);
    expect(new URL(page.url()).pathname).toBe(`${BASE}doc.html`);
    expect(page.url()).toMatch(/\/doc\.html\?id=[0-9a-f]+&obs=/);
    expect(await page.locator("[data-role=detail] [data-field=evidence]").first().textContent()).toBe(evidence);
    expect(log.errors).toEqual([]);
    await page.close();
  }, 90_000);

  it("renders markup inside a report as text", async () => {
    const { page, log } = await open(`doc.html?id=${docId(INJECTED)}`, "mark");
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator("[data-role=report-text]").textContent()).toContain("<script>window.__pwned=1</script>");
    expect(await page.locator("main b", { hasText: "粗体" }).count()).toBe(0);
    expect(await page.locator("main script").count()).toBe(0);
    expect(log.errors).toEqual([]);
    await page.close();
  }, 90_000);

  it("runs SQL in the notebook and reports errors in Chinese", async () => {
    const { page, log } = await open("notebook.html", "[data-role=sql-result] table");
    const textarea = page.locator(".fz-sql textarea");
    await textarea.fill("SELECT count(*) AS n, count(*) FILTER (WHERE is_headline) AS h FROM observations");
    await page.getByRole("button", { name: "运行" }).click();
    await expect.poll(() => page.locator("[data-role=sql-result] p").textContent(), { timeout: 20_000 }).toMatch(/^1 行/);
    const cells = await page.locator("[data-role=sql-result] tbody td").allTextContents();
    const numbers = cells.map((c) => c.replaceAll(",", "").trim()).filter((c) => /^\d+$/.test(c));
    expect(numbers).toEqual([String(obs.length), String(obs.filter((o) => o.is_headline === "true").length)]);
    expect(new URL(page.url()).searchParams.get("q")).toContain("FROM observations");
    await textarea.fill("SELECT no_such_column FROM observations");
    await page.getByRole("button", { name: "运行" }).click();
    await expect.poll(() => page.locator("[data-role=sql-error]").textContent(), { timeout: 20_000 }).toContain("查询出错");
    // the error is shown in the page, not thrown: no console error
    expect(log.errors).toEqual([]);
    await page.close();
  }, 90_000);

  it("refuses to compare one jurisdiction, and compares two side by side", async () => {
    const { page, log } = await open("compare.html?j=430203&i=mediation_cases", "[role=alert]");
    expect(await page.locator("[role=alert]").textContent()).toContain("至少选择 2 个地区");
    await page.close();
    const two = await open("compare.html?j=430203,411381&i=mediation_cases,recon_received&y=latest", "[data-chart=compare] svg");
    const headers = await two.page.locator("table.fz-compare th").allTextContents();
    expect(headers[0]).toBe("指标");
    expect(headers.slice(1).sort()).toEqual(["芦淞区", "邓州市"].sort());
    expect(await two.page.locator("table.fz-compare tbody tr").count()).toBe(2);
    expect(log.errors).toEqual([]);
    expect(two.log.errors).toEqual([]);
    await two.page.close();
  }, 90_000);

  it("offers the CSV export with a BOM and real Parquet files", async () => {
    const { page } = await open("download.html", "[data-section=columns] table");
    for (const name of ["documents.csv", "observations.csv", "observations.parquet", "documents.parquet", "README.txt"]) {
      const href = await page.locator(`a[data-file="${name}"]`).getAttribute("href");
      expect(href, name).toBeTruthy();
      const bytes = await page.evaluate(async (h) => Array.from(new Uint8Array(await (await fetch(h)).arrayBuffer())), href!);
      if (name.endsWith(".csv")) {
        expect(bytes.slice(0, 3), name).toEqual([0xef, 0xbb, 0xbf]);
        const text = Buffer.from(bytes).toString("utf8");
        expect(text.split(/\r?\n/).filter(Boolean).length - 1).toBe(name.startsWith("obs") ? obs.length : docs.length);
      } else if (name.endsWith(".parquet")) {
        expect(Buffer.from(bytes.slice(0, 4)).toString(), name).toBe("PAR1");
      } else {
        expect(Buffer.from(bytes).toString("utf8")).toContain("qualifier");
      }
    }
    await page.close();
  }, 90_000);

  it("draws the province tile grid with 31 tiles, each the median of its places of the chosen level with n, or why there is none", async () => {
    const id = "recon_received";
    const year = "2023";
    const levelOf = new Map(docs.filter((d) => d.jurisdiction_code).map((d) => [d.jurisdiction_code, d.admin_level]));
    /** What a tile should say: the median of the plain values of the province's places of `level` and their number. */
    const expected = (level: string) => {
      const out = new Map<string, string>();
      for (const prov of new Set(docs.filter((d) => d.jurisdiction_code).map((d) => d.jurisdiction_code.slice(0, 2)))) {
        const places = [...levelOf].filter(([c, l]) => l === level && c.startsWith(prov)).map(([c]) => c);
        if (!places.length) continue;
        const vals = comparable.filter((c) => places.includes(c.jurisdiction_code) && c.indicator_id === id && c.report_year === year);
        const plain = vals.filter((c) => c.qualifier === "exact" && c.period === "full_year").map((c) => Number(c.value)).sort((x, y) => x - y);
        const reported = places.some((c) => reportedIn(year).has(c));
        const m = plain.length ? (plain.length % 2 ? plain[(plain.length - 1) / 2]! : (plain[plain.length / 2 - 1]! + plain[plain.length / 2]!) / 2) : null;
        out.set(prov, m != null ? `${m.toLocaleString("zh-CN")}|n=${plain.length}` : !reported ? "无该年报告|" : !vals.length ? "报告未提及|" : "无可计入|");
      }
      return out;
    };
    const read = async (page: Page) => {
      const names = await page.locator("[data-chart=tiles] .fz-tile-name text").allTextContents();
      const values = await page.locator("[data-chart=tiles] .fz-tile-value text").allTextContents();
      const ns = await page.locator("[data-chart=tiles] .fz-tile-count text").allTextContents();
      return { names, values, ns };
    };
    const { TILES } = await import("../../src/components/tiles.ts");
    // no level filter: the tile map's own selector, by default the level with the most values that year (县级 here)
    const { page, log } = await open(`indicator.html?i=${id}&y=${year}`, "[data-chart=tiles] svg");
    expect(await page.locator("[data-chart=tiles]").getAttribute("data-level")).toBe("county");
    let t = await read(page);
    expect(t.names.length).toBe(31);
    for (const p of ["北京", "新疆", "海南", "黑龙江", "上海", "西藏"]) expect(t.names).toContain(p);
    expect(t.values.length).toBe(31);
    const county = expected("county");
    expect(county.get("43"), "荷塘区 and 芦淞区: a median over two").toMatch(/\|n=2$/);
    // every tile has its value or why not; the tiles with a median have their n under it (in tile order)
    const check = (want: Map<string, string>) => {
      TILES.forEach((tile, k) => expect(t.values[k], tile.name).toBe((want.get(tile.code) ?? "无该级地区|").split("|")[0]));
      expect(t.ns).toEqual(TILES.map((tile) => (want.get(tile.code) ?? "|").split("|")[1]).filter(Boolean));
    };
    check(county);
    expect(await page.locator("[data-role=tiles-note]").textContent()).toContain("中位数只计全年确数");
    // the tooltip names the places and how many of them reported
    const hunan = TILES.findIndex((x) => x.code === "43");
    expect(await page.locator("[data-chart=tiles] .fz-tile title").evaluateAll((ts) => ts.map((x) => x.textContent))).toEqual(expect.arrayContaining([expect.stringMatching(/^湖南省 · 县级：中位数 .*（n=2；2 个县级地区中 2 个有该年报告）\n.*芦淞区/)]));
    expect(hunan).toBeGreaterThanOrEqual(0);
    // the tile map's own level selector: 地市级; kept in the address, and a link reproduces it
    await page.locator("select[name=tl]").selectOption({ index: 1 }); // 省级, 地市级, 县级
    await expect.poll(() => new URL(page.url()).searchParams.get("tl")).toBe("prefecture");
    await expect.poll(() => page.locator("[data-chart=tiles]").getAttribute("data-level")).toBe("prefecture");
    t = await read(page);
    const prefecture = expected("prefecture");
    check(prefecture);
    expect(log.errors).toEqual([]);
    await page.close();
    // the level filter sets the tile map's level; the province level: the sample has no province-level report
    const province = await open(`indicator.html?i=${id}&y=${year}&lvl=province`, "[data-chart=tiles] svg");
    expect(await province.page.locator("[data-chart=tiles]").getAttribute("data-level")).toBe("province");
    expect(await province.page.locator("select[name=tl]").isDisabled()).toBe(true);
    const provinceDocs = docs.filter((d) => d.admin_level === "province" && d.status === "ok");
    if (provinceDocs.length === 0) expect(new Set((await read(province.page)).values)).toEqual(new Set(["无省级报告"]));
    await province.page.close();
    const again = await open(`indicator.html?i=${id}&y=${year}&tl=prefecture`, "[data-chart=tiles] svg");
    expect(await again.page.locator("[data-chart=tiles]").getAttribute("data-level")).toBe("prefecture");
    expect(await again.page.locator("select[name=tl]").inputValue()).toBeTruthy();
    await again.page.close();
  }, 120_000);

  it("scrolls to and highlights the number named by ?obs= when the document opens", async () => {
    const id = docId("004_441107c01ae2d665.txt");
    // the last highlighted number of the report: far below the top of the text box, so it must be scrolled to
    const target = obs.filter((o) => o.doc_id === id && o.char_start).sort((a, b) => Number(b.char_start) - Number(a.char_start))[0]!;
    const { page, log } = await open(`doc.html?id=${id}&obs=${encodeURIComponent(target.obs_id)}`, "mark.selected");
    await page.waitForTimeout(300); // the scroll happens on the next animation frame
    const where = await page.evaluate(() => {
      const m = document.querySelector("mark.selected")!.getBoundingClientRect();
      const box = document.querySelector("[data-role=report-text]")!.getBoundingClientRect();
      return { top: m.top, bottom: m.bottom, boxTop: box.top, boxBottom: box.bottom, viewport: innerHeight, scrolled: document.querySelector("[data-role=report-text]")!.scrollTop };
    });
    expect(where.scrolled).toBeGreaterThan(0);
    expect(where.top).toBeGreaterThanOrEqual(Math.max(0, where.boxTop));
    expect(where.bottom).toBeLessThanOrEqual(Math.min(where.viewport, where.boxBottom));
    expect(await page.locator("[data-role=detail] [data-field=value]").first().textContent()).toBeTruthy();
    await page.screenshot({ path: join(SHOTS, "doc-obs-scrolled.png") });
    expect(log.errors).toEqual([]);
    await page.close();
  }, 90_000);

  it("titles a report without a title after its place and year, and says so", async () => {
    const untitled = docs.find((d) => !d.title && d.jurisdiction_name && d.report_year && d.status === "ok");
    expect(untitled, "the sample has a report without a title").toBeDefined();
    const { page, log } = await open(`doc.html?id=${untitled!.doc_id}`, "mark");
    expect(await page.locator("h1").first().textContent()).toBe(`${untitled!.jurisdiction_name}${untitled!.report_year}年法治政府建设年度报告（原文无标题）`);
    expect(await page.title()).toContain(untitled!.jurisdiction_name);
    expect(await page.locator("main").textContent()).toContain("原文没有标题");
    expect(log.errors).toEqual([]);
    await page.close();
  }, 90_000);

  it("serves a region at its route, with or without .html, and moves old region.html?code= links there", async () => {
    for (const [path, want] of [
      ["region/430203", `${BASE}region/430203`],
      ["region.html?code=430203&y=2023", `${BASE}region/430203.html`],
    ]) {
      const { page, log } = await open(path, "[data-chart=peers] svg");
      expect(new URL(page.url()).pathname, path).toBe(want);
      expect(await page.locator("h1").first().textContent(), path).toBe("芦淞区");
      if (path.includes("y=2023")) expect(new URL(page.url()).searchParams.get("y")).toBe("2023");
      expect(log.errors, path).toEqual([]);
      await page.close();
    }
    // the regions list links to each region's route
    const { page } = await open("regions.html", "table.fz-table a[href^='./region/']");
    const hrefs = await page.locator("table.fz-table a[href^='./region/']").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect(hrefs).toContain("./region/430203.html");
    await page.close();
  }, 90_000);

  it("says so when a region or document id does not exist", async () => {
    for (const path of ["region.html?code=999999", "doc.html?id=0000000000000000", "region.html", "doc.html"]) {
      const { page, log } = await open(path, "[role=alert]");
      expect(await page.locator("[role=alert]").first().textContent(), path).toMatch(/没有/);
      // a missing slice is a 404 the page expects; nothing else may fail
      expect(log.errors.filter((e) => !/404/.test(e)), path).toEqual([]);
      await page.close();
    }
  }, 90_000);

  it("built the same data slices the dev server's loader produces", async () => {
    const before = process.env.FAZHI_DATA_DIR;
    process.env.FAZHI_DATA_DIR = dataDir;
    const wh = await openWarehouse();
    try {
      const region = JSON.parse(gunzipSync(readFileSync(join(ROOT, "dist", "_file", "data", "slices", "region", "430203.json.gz"))).toString());
      const year = region.peer_years.at(-1);
      const cases: [string, string][] = [
        ["region", "430203"],
        ["peers", `${region.peer_group}-${year}`],
        ["doc", docId("004_441107c01ae2d665.txt")],
        ["indicator", "mediation_cases"],
        ["indicator", `mediation_cases-${obs.find((o) => o.indicator_id === "mediation_cases" && o.is_headline === "true")!.report_year}`],
        ["coverage", "43"],
        ["coverage", "all"],
        ["docname", nameBucket("004_441107c01ae2d665.txt")],
        ["medians", region.peer_group],
      ];
      for (const [kind, name] of cases) {
        const built = JSON.parse(gunzipSync(readFileSync(join(ROOT, "dist", "_file", "data", "slices", kind, `${name}.json.gz`))).toString());
        expect(built, `${kind}/${name}`).toEqual(JSON.parse(JSON.stringify(await sliceFile(wh, kind, name))));
      }
      // The peer table that rides along in the region's file is the peers file of the year the page opens on.
      const { year: firstYear, ...firstPeers } = region.peer_values;
      expect(firstYear).toBe(Math.max(...region.values.rows.map((r: unknown[]) => r[region.values.fields.indexOf("year")] as number)));
      const peersFile = join(ROOT, "dist", "_file", "data", "slices", "peers", `${region.peer_group}-${firstYear}.json.gz`);
      expect(firstPeers).toEqual(JSON.parse(gunzipSync(readFileSync(peersFile)).toString()));
      // The 指标 page's default view that rides along with its catalog is that indicator's slice for that year.
      const dataFiles = join(ROOT, "dist", "_file", "data");
      const defaultName = readdirSync(dataFiles).find((f) => /^indicator-default\.[0-9a-f]+\.json$/.test(f))!;
      const { indicator_id: defaultId, year: defaultYear, ...defaultValues } = JSON.parse(readFileSync(join(dataFiles, defaultName), "utf8"));
      expect(defaultId).toBeTruthy();
      expect(defaultValues).toEqual(JSON.parse(gunzipSync(readFileSync(join(dataFiles, "slices", "indicator", `${defaultId}-${defaultYear}.json.gz`))).toString()));
    } finally {
      wh.close();
      if (before === undefined) delete process.env.FAZHI_DATA_DIR;
      else process.env.FAZHI_DATA_DIR = before;
    }
  }, 90_000);

  it("runs read_parquet and JSON queries in the notebook offline, explains errors in Chinese, and asks no other host", async () => {
    const external = session.external.length;
    const { page, log } = await open("notebook.html?offline", "[data-role=sql-result] table");
    const seen = requests.get("notebook.html?offline")!;
    const textarea = page.locator(".fz-sql textarea");
    const run = async (sql: string) => {
      await textarea.fill(sql);
      await page.getByRole("button", { name: "运行" }).click();
      await expect.poll(() => new URL(page.url()).searchParams.get("q"), { timeout: 20_000 }).toBe(sql);
    };
    const resultCells = async () => (await page.locator("[data-role=sql-result] tbody td").allTextContents()).map((c) => c.replaceAll(",", "").trim()).filter(Boolean);
    const errorText = () => page.locator("[data-role=sql-error] p").first().textContent();

    // the extension settings are off and locked before any query runs
    await run("SELECT current_setting('autoinstall_known_extensions') AS ai, current_setting('autoload_known_extensions') AS al, current_setting('enable_external_access') AS ea, 42 AS marker");
    // (the whole row, not just the marker: the page's first table may hold a 42 of its own)
    await expect.poll(resultCells, { timeout: 20_000 }).toEqual(["false", "false", "false", "42"]);

    // read_parquet of one of the site's files: decoded by parquet-wasm, not by DuckDB's (downloaded) extension
    await run("SELECT count(*) AS n, 7 AS marker FROM read_parquet('comparable.parquet')");
    await expect.poll(resultCells, { timeout: 20_000 }).toEqual([String(comparable.length), "7"]);
    // read_json of one of the site's JSON files: parsed by the browser
    await run("SELECT count(*) AS n, count(DISTINCT file_name) AS files, 8 AS marker FROM read_json('documents.json')");
    await expect.poll(resultCells, { timeout: 20_000 }).toEqual([String(docs.length), String(new Set(docs.map((d) => d.file_name)).size), "8"]);
    // JSON functions need the json extension: explained in Chinese, with the way that works offline
    await run(`SELECT json_extract('{"a": 1}', '$.a') AS a`);
    await expect.poll(errorText, { timeout: 20_000 }).toContain("json 扩展");
    expect(await errorText()).toContain("read_json('documents.json')");
    expect(await errorText()).not.toMatch(/signature mismatch/);
    await run("SELECT '{}'::JSON AS j");
    await expect.poll(errorText, { timeout: 20_000 }).toContain("json 扩展");
    // any other file or address is refused before DuckDB sees it; what slips past is blocked by DuckDB itself
    await run("SELECT * FROM read_parquet('https://example.com/x.parquet')");
    await expect.poll(errorText, { timeout: 20_000 }).toContain("只能读取本站自带的文件");
    await run("SELECT * FROM read_csv(['https://example.com/y.csv'])");
    await expect.poll(errorText, { timeout: 20_000 }).toContain("不访问网络");
    await run("SET GLOBAL autoload_known_extensions = true");
    await expect.poll(errorText, { timeout: 20_000 }).toContain("已锁定");
    await page.screenshot({ path: join(SHOTS, "notebook-error.png"), fullPage: true });

    expect(log.errors).toEqual([]);
    expect(log.failed).toEqual([]);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.filter((u) => new URL(u).hostname !== "127.0.0.1")).toEqual([]);
    expect(session.external.slice(external)).toEqual([]);
    await page.close();
  }, 120_000);

  it("offers 看板数值.csv (Chinese headers and labels, one row per comparable value) and indicators.csv", async () => {
    const { page } = await open("download.html?dashboard", "[data-section=columns] table");
    const link = page.locator('a[data-file="看板数值.csv"]');
    const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
    expect(download.suggestedFilename()).toBe("看板数值.csv");
    const file = join(dataDir, "downloaded-看板数值.csv");
    await download.saveAs(file);
    const bytes = readFileSync(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const header = bytes.toString("utf8").slice(1).split("\r\n")[0]!;
    expect(header.split(",").slice(0, 12)).toEqual(["地区", "省份", "级别", "年度", "指标", "数值", "单位", "限定", "时段", "范围", "原文句子", "来源"]);
    const rows = readCsv(file);
    expect(rows.length).toBe(comparable.length);
    // one row per comparable value: the same (jurisdiction, year, indicator) triples, named in Chinese
    const nameOf = new Map(docs.map((d) => [d.jurisdiction_code, d.jurisdiction_name]));
    const indicatorName = new Map(indicatorRows.map((i) => [i.indicator_id, i.name_zh]));
    const triple = (a: string, y: string, i: string) => `${a}|${y}|${i}`;
    expect(rows.map((r) => triple(r["地区"]!, r["年度"]!, r["指标"]!)).sort())
      .toEqual(comparable.map((c) => triple(nameOf.get(c.jurisdiction_code)!, c.report_year, indicatorName.get(c.indicator_id) ?? c.indicator_id)).sort());
    // Chinese words, never the codes
    for (const r of rows) {
      expect(["省级", "地市级", "县级"]).toContain(r["级别"]);
      expect(["确数", "约数", "不少于", "超过", "不超过", "不足"]).toContain(r["限定"]);
      expect(r["时段"]).toMatch(/^(全年|部分时段|累计|上年对比数)/);
      expect(r["范围"]).toMatch(/^(全辖区|政府本级|上级事项|下属单位|分类细项|作为被申请人)/);
      expect(r["来源"]).toMatch(/文件 \S+\.txt。$/);
      expect(Object.values(r).join(" ")).not.toMatch(/\b(full_year|exact|at_least|county|prefecture|jurisdiction|mediation_cases)\b/);
    }
    const c = comparable.find((x) => x.jurisdiction_code === "430203" && x.indicator_id === "mediation_cases" && x.report_year === "2023")!;
    const row = rows.find((r) => r["地区"] === "芦淞区" && r["年度"] === "2023" && r["指标"] === indicatorName.get("mediation_cases"))!;
    expect(row["数值"]).toBe(c.value);
    expect(row["原文句子"]).toContain("774件");
    expect(row["来源"]).toContain("原文无标题");
    const titled = rows.find((r) => r["地区"] === "孝感市")!;
    expect(titled["来源"]).toContain(`《${docs.find((d) => d.file_name === WITH_URL)!.title}》`);
    expect(titled["来源"]).toContain(WITH_URL_ADDRESS);

    // indicators.csv: the catalog, with a BOM
    const href = await page.locator('a[data-file="indicators.csv"]').getAttribute("href");
    const ind = await page.evaluate(async (h) => Array.from(new Uint8Array(await (await fetch(h)).arrayBuffer())), href!);
    expect(ind.slice(0, 3)).toEqual([0xef, 0xbb, 0xbf]);
    const indText = Buffer.from(ind).toString("utf8");
    expect(indText.split(/\r?\n/).filter(Boolean).length - 1).toBe(indicatorRows.length);
    expect(indText).toContain("name_zh");
    await page.close();
  }, 90_000);

  it("cites a report in the document view: title, issuer, date, address as a link, file; 原文无标题 when it has none", async () => {
    const titled = docs.find((d) => d.file_name === WITH_URL)!;
    const { page, log } = await open(`doc.html?id=${titled.doc_id}`, "[data-role=citation]");
    const field = (f: string) => page.locator(`[data-role=citation] [data-field=${f}]`).textContent();
    expect(titled.title).toBeTruthy();
    expect(await field("cite-title")).toBe(titled.title);
    expect(titled.issuer).toBeTruthy();
    expect(await field("cite-issuer")).toBe(titled.issuer);
    const [y, m, d] = titled.published_on!.split("-").map(Number);
    expect(await field("cite-date")).toBe(`${y}年${m}月${d}日`);
    const a = page.locator("[data-role=citation] [data-field=cite-url] a");
    expect(await a.getAttribute("href")).toBe(WITH_URL_ADDRESS);
    expect(await a.getAttribute("rel")).toContain("noopener");
    expect(await field("cite-file")).toContain(WITH_URL);
    expect(await field("cite-text")).toContain(`《${titled.title}》`);
    expect(log.errors).toEqual([]);
    await page.close();

    const untitled = docs.find((x) => !x.title && x.status === "ok" && x.issuer)!;
    expect(untitled, "the sample has a report without a title").toBeDefined();
    const second = await open(`doc.html?id=${untitled.doc_id}`, "[data-role=citation]");
    const f2 = (f: string) => second.page.locator(`[data-role=citation] [data-field=${f}]`).textContent();
    expect(await f2("cite-title")).toBe("原文无标题");
    expect(await f2("cite-issuer")).toBe(untitled.issuer);
    expect(await f2("cite-url")).toContain("无");
    expect(await second.page.locator("[data-role=citation] [data-field=cite-url] a").count()).toBe(0);
    expect(await f2("cite-file")).toContain(untitled.file_name);
    expect(await f2("cite-text")).toContain("（原文无标题）");
    expect(second.log.errors).toEqual([]);
    await second.page.close();
  }, 90_000);

  it("names the reports a chart draws from in a 来源 line on the 指标 and 地区 pages", async () => {
    const kindOf = new Map(docs.map((d) => [d.doc_id, d]));
    const year = "2023";
    // 指标: every value of the ranked chart comes from one of the listed reports, and each listed report gives one
    const { page, log } = await open(`indicator.html?i=mediation_cases&y=${year}`, "[data-role=sources]");
    const want = new Set(comparable.filter((c) => c.indicator_id === "mediation_cases" && c.report_year === year).map((c) => c.doc_id));
    expect(want.size).toBeGreaterThan(0);
    const line = page.locator("[data-role=sources]").first();
    expect(await line.getAttribute("data-count")).toBe(String(want.size));
    expect(await line.textContent()).toMatch(new RegExp(`^来源：${want.size} 份报告`));
    const links = await line.locator("a[data-doc]").evaluateAll((as) => as.map((a) => [a.getAttribute("data-doc"), a.getAttribute("href"), a.textContent]));
    expect(new Set(links.map((l) => l[0]))).toEqual(want);
    for (const [id, href, label] of links) {
      expect(href).toBe(`./doc.html?id=${id}`);
      const d = kindOf.get(id!)!;
      expect(label).toBe(d.title ? `《${d.title}》` : `${d.jurisdiction_name}${d.report_year}年报告（原文无标题）`);
    }
    expect(log.errors).toEqual([]);
    await page.close();

    // 地区: the peers chart (same province and level) names its reports too
    const region = await open(`region/430203.html?i=mediation_cases&y=${year}`, "[data-role=sources]");
    const group = new Set(docs.filter((d) => d.jurisdiction_code?.startsWith("43") && d.admin_level === "county").map((d) => d.jurisdiction_code));
    const peerDocs = new Set(comparable.filter((c) => group.has(c.jurisdiction_code) && c.indicator_id === "mediation_cases" && c.report_year === year).map((c) => c.doc_id));
    const rline = region.page.locator("[data-role=sources]").first();
    expect(await rline.getAttribute("data-count")).toBe(String(peerDocs.size));
    expect(new Set(await rline.locator("a[data-doc]").evaluateAll((as) => as.map((a) => a.getAttribute("data-doc"))))).toEqual(peerDocs);
    expect(await rline.locator("a[data-doc]").first().getAttribute("href")).toMatch(/^\.\.\/doc\.html\?id=/);
    expect(region.log.errors).toEqual([]);
    await region.page.close();
  }, 90_000);

  it("gives a quarantined file's reason in Chinese on the 数据质量, 原文 and document pages", async () => {
    const empty = docs.find((d) => d.file_name === EMPTY)!;
    expect(empty.status_reason).toMatch(/[A-Za-z]{4,}/); // the pipeline's reason is English ("empty file")
    const { page, log } = await open("quality.html?reasons", "[data-section=problem-docs] table");
    const row = page.locator("[data-section=problem-docs] tr", { hasText: EMPTY });
    const reason = (await row.locator("td").nth(2).textContent())!;
    expect(reason).toBe("空文件");
    const reasons = await page.locator("[data-section=problem-docs] tbody tr td:nth-child(3)").allTextContents();
    for (const r of reasons) expect(r.replace(/\b[0-9a-f]{16}\b|[\w.-]+\.(txt|html|docx|pdf)\b/g, "")).not.toMatch(/[A-Za-z]{4,}/);
    expect(log.errors).toEqual([]);
    await page.close();
    const doc = await open(`doc.html?id=${empty.doc_id}`, "[role=alert]");
    expect(await doc.page.locator("[role=alert]").first().textContent()).toBe("此文件已隔离（未纳入统计）：空文件");
    await doc.page.close();
    const list = await open("reports.html?reasons", "table.fz-table");
    await list.page.locator("form input").first().fill(EMPTY);
    await expect.poll(() => list.page.locator("table.fz-table tbody tr").count()).toBe(1);
    expect(await list.page.locator("table.fz-table tbody tr .fz-flag").getAttribute("title")).toBe("空文件");
    await list.page.close();
  }, 90_000);

  it("answers a missing page with a Chinese 404 page that finds its way home under the sub-path", async () => {
    for (const path of ["no/such/page.html", "region/999999.html"]) {
      const { page } = await openPage(session);
      const response = await page.goto(url + path);
      expect(response?.status(), path).toBe(404);
      await page.waitForFunction(() => document.documentElement.hasAttribute("data-root"), null, { timeout: 10_000 });
      expect(await page.evaluate(() => document.documentElement.lang)).toBe("zh-CN");
      expect(await page.locator("h1").textContent()).toBe("页面不存在（404）");
      expect(await page.title()).toContain("页面不存在");
      expect(await page.locator("body").innerText()).not.toMatch(/not found|page not|sorry/i);
      if (path.startsWith("region/")) expect(await page.locator("#fz-region").isVisible()).toBe(true);
      expect(await page.locator("a[data-to='index.html']").evaluate((a) => (a as HTMLAnchorElement).href)).toBe(`${url}index.html`);
      await page.locator("a[data-to='index.html']").click();
      await settle(page, "h1", 60_000);
      expect(new URL(page.url()).pathname).toBe(`${BASE}index.html`);
      expect(await page.locator("h1").first().textContent()).toMatch(/[\u4e00-\u9fff]/);
      await page.close();
    }
    // outside the sub-path the server itself answers, in Chinese too
    const outside = await fetch(url.replace(BASE, "/elsewhere/"));
    expect(outside.status).toBe(404);
    expect(await outside.text()).toContain("页面不存在");
  }, 90_000);

  // ---- issue 13: missing data named for what it is, a continuous year axis, years and levels that mix, layout ----

  /** Jurisdictions with an ok report of `year`, and all with any. */
  const reportedIn = (year: string) => new Set(docs.filter((d) => d.status === "ok" && d.report_year === year && d.jurisdiction_code).map((d) => d.jurisdiction_code));
  const allPlaces = () => new Set(docs.filter((d) => d.status === "ok" && d.jurisdiction_code).map((d) => d.jurisdiction_code));
  const givenIn = (id: string, year: string) => new Set(comparable.filter((c) => c.indicator_id === id && c.report_year === year).map((c) => c.jurisdiction_code));
  const nameOfCode = (code: string) => docs.find((d) => d.jurisdiction_code === code)!.jurisdiction_name;

  it("names the two kinds of missing data, 无该年报告 and 报告未提及, in the legend, the chart and the table", async () => {
    const year = "2023";
    const reported = reportedIn(year);
    const noReport = [...allPlaces()].filter((c) => !reported.has(c));
    expect(noReport.length, "the sample has places without a 2023 report").toBeGreaterThan(0);
    // an indicator one 2023 report gives and another 2023 report does not
    const id = [...new Set(comparable.map((c) => c.indicator_id))].sort().find((i) => {
      const g = givenIn(i, year);
      return g.size > 0 && [...reported].some((c) => !g.has(c));
    })!;
    expect(id, "the sample has an indicator a 2023 report leaves out").toBeDefined();
    const silent = [...reported].filter((c) => !givenIn(id, year).has(c));
    const { page, log } = await open(`indicator.html?i=${id}&y=${year}`, "[data-chart=ranked] svg");
    for (const c of noReport) {
      const tr = page.locator(`tr[data-code="${c}"]`);
      expect(await tr.getAttribute("data-missing"), c).toBe("no_report");
      expect(await tr.textContent(), c).toContain("无该年报告");
      expect(await tr.textContent(), c).not.toContain("报告未提及");
    }
    for (const c of silent) {
      const tr = page.locator(`tr[data-code="${c}"]`);
      expect(await tr.getAttribute("data-missing"), c).toBe("not_given");
      expect(await tr.textContent(), c).toContain("报告未提及");
      expect(await tr.textContent(), c).not.toContain("无该年报告");
    }
    // the label drawn (its last text node; the <title> before it is the tooltip)
    const labels = (kind: string) => page.locator(`[data-chart=ranked] .fz-missing-label text[data-missing=${kind}]`).evaluateAll((ts) => ts.map((t) => t.lastChild?.textContent));
    expect(await labels("no_report")).toEqual(noReport.map(() => "无该年报告"));
    expect(await labels("not_given")).toEqual(silent.map(() => "报告未提及"));
    const legend = await page.locator(".fz-legend").first().textContent();
    expect(legend).toContain("无该年报告");
    expect(legend).toContain("报告未提及");
    expect(await page.locator("main").innerText()).not.toContain("无数据");
    expect(log.errors).toEqual([]);
    await page.close();
  }, 90_000);

  it("对比 with a fixed year: a place without a report that year gets one sentence, not empty charts; an empty chart is a sentence", async () => {
    const year = "2023";
    const here = "430203"; // 芦淞区: a 2023 report
    const away = [...allPlaces()].find((c) => !reportedIn(year).has(c))!; // no 2023 report
    const given = [...new Set(comparable.filter((c) => c.jurisdiction_code === here && c.report_year === year).map((c) => c.indicator_id))][0]!;
    const ids = new Set(indicatorRows.map((i) => i.indicator_id));
    const withValues = new Set(comparable.map((c) => c.indicator_id));
    // an indicator with values somewhere (so it is offered) that 芦淞区's 2023 report does not give
    const notGiven = [...withValues].sort().find((i) => ids.has(i) && !givenIn(i, year).has(here))!;
    expect(given && notGiven).toBeTruthy();
    const { page, log } = await open(`compare.html?j=${here},${away}&i=${given},${notGiven}&y=${year}`, "[data-role=no-report]");
    expect(await page.locator("[data-role=no-report]").textContent()).toBe(`${nameOfCode(away)}没有${year}年的报告（无该年报告），不在下面的图中。`);
    const cards = page.locator("[data-chart=compare] .card");
    expect(await cards.count()).toBe(2);
    // the place without a report is in no chart
    for (const t of await page.locator("[data-chart=compare] svg text").allTextContents()) expect(t).not.toContain(nameOfCode(away));
    const first = page.locator(`[data-chart=compare] .card[data-indicator="${given}"]`);
    expect(await first.locator("svg .fz-bar rect").count()).toBe(1);
    // the chart whose one place does not give the number is one sentence, without axes
    const second = page.locator(`[data-chart=compare] .card[data-indicator="${notGiven}"]`);
    expect(await second.locator("svg").count()).toBe(0);
    expect(await second.locator("[data-role=empty-chart]").textContent()).toContain("报告未提及");
    // the table names it too, column by column
    const col = (await page.locator("table.fz-compare th").allTextContents()).indexOf(nameOfCode(away));
    expect(col).toBeGreaterThan(0);
    for (const td of await page.locator(`table.fz-compare tbody tr td:nth-child(${col + 1})`).allTextContents()) expect(td).toBe("无该年报告");
    expect(log.errors).toEqual([]);
    expect(log.plotWarnings).toEqual([]);
    await page.close();

    // a year none of them has a report of: one sentence, no chart at all
    const empty = await open(`compare.html?j=${here},${away}&i=${given},${notGiven}&y=2020`, "[data-role=empty-chart]");
    expect(await empty.page.locator("[data-chart=compare]").count()).toBe(0);
    expect(await empty.page.locator("main svg.fz-bars").count()).toBe(0);
    expect(await empty.page.locator("[data-role=empty-chart]").textContent()).toContain("无该年报告");
    expect(empty.log.errors).toEqual([]);
    await empty.page.close();
  }, 90_000);

  it("draws years on a continuous axis: a year without reports is a gap named under the chart (缺2021年)", async () => {
    const years = [...new Set(docs.filter((d) => d.status === "ok" && d.report_year).map((d) => Number(d.report_year)))].sort();
    const gaps: number[] = [];
    for (let y = years[0]!; y <= years.at(-1)!; y++) if (!years.includes(y)) gaps.push(y);
    expect(gaps.length, "the sample has a year without any report").toBeGreaterThan(0);
    const gap = gaps[0]!;
    // 指标 · 历年变化
    const { page, log } = await open(`indicator.html?i=mediation_cases&y=2023&j=430203,411381`, "[data-chart=years] svg");
    const ticks = await page.locator("[data-chart=years] svg [aria-label='x-axis tick label'] text").allTextContents();
    expect(ticks).toEqual(Array.from({ length: years.at(-1)! - years[0]! + 1 }, (_, i) => `${years[0]! + i}年`));
    const note = page.locator("[data-chart=years] [data-role=year-gaps]");
    expect(await note.getAttribute("data-gaps")).toBe(gaps.join(","));
    expect(await note.textContent()).toContain(`缺${gap}年`);
    expect(await note.textContent()).toMatch(/无该年报告：/);
    expect(log.errors).toEqual([]);
    expect(log.plotWarnings).toEqual([]);
    await page.close();
    // 总览: the per-year chart and the coverage tables
    const home = await open("index.html", "[data-chart=per-year] svg");
    const homeTicks = await home.page.locator("[data-chart=per-year] svg [aria-label='x-axis tick label'] text").allTextContents();
    expect(homeTicks).toContain(`${gap}年`);
    expect(homeTicks.length).toBe(years.at(-1)! - years[0]! + 1);
    expect(await home.page.locator("[data-chart=per-year] [data-role=year-gaps]").textContent()).toContain(`缺${gap}年`);
    // the axis title sits below the year labels, not on them
    const overlaps = await home.page.locator("[data-chart=per-year] svg:has([aria-label='x-axis tick label'])").first().evaluate((svg) => {
      const title = svg.querySelector("[aria-label='x-axis label'] text")!.getBoundingClientRect();
      return [...svg.querySelectorAll("[aria-label='x-axis tick label'] text")].filter((t) => {
        const r = t.getBoundingClientRect();
        return r.left < title.right && title.left < r.right && r.top < title.bottom && title.top < r.bottom;
      }).map((t) => t.textContent);
    });
    expect(overlaps).toEqual([]);
    await home.page.waitForSelector("table.fz-coverage");
    expect(await home.page.locator("table.fz-coverage th").allTextContents()).toContain(`${gap}年（缺）`);
    expect(home.log.errors).toEqual([]);
    await home.page.close();
  }, 90_000);

  it("各地最新 on 对比: the year on every value drawn, a note that years differ, and the mixed-level warning", async () => {
    const codes = ["430203", "411381", "120114", "211200"]; // three counties and a prefecture, of 2023, 2024, 2020, 2023
    const { page, log } = await open(`compare.html?j=${codes.join(",")}&i=recon_received,recon_concluded,mediation_cases&y=latest`, "[data-chart=compare] svg rect");
    const labels = await page.locator("[data-chart=compare] .fz-bar-label text").evaluateAll((ts) => ts.map((t) => [t.textContent, t.getAttribute("data-year")]));
    expect(labels.length).toBeGreaterThan(0);
    for (const [text, year] of labels) expect(text).toMatch(new RegExp(` · ${year}年$`));
    const years = [...new Set(labels.map((l) => l[1]))].sort();
    expect(years.length, "values of different years").toBeGreaterThan(1);
    const note = await page.locator("[data-role=mixed-years]").textContent();
    for (const y of years) expect(note).toContain(`${y}年`);
    // every value in the table carries its year
    for (const td of await page.locator("table.fz-compare tbody td.num").all()) {
      if (await td.locator("[data-missing]").count()) continue;
      expect(await td.locator("[data-year]").count()).toBe(1);
    }
    const mixed = await page.locator("[data-role=mixed-level]").textContent();
    expect(mixed).toContain("县级");
    expect(mixed).toContain("地市级");
    expect(log.errors).toEqual([]);
    await page.close();
    // counties only: no mixed-level warning
    const same = await open(`compare.html?j=430203,411381&i=recon_received&y=latest`, "[data-chart=compare] svg rect");
    expect(await same.page.locator("[data-role=mixed-level]").count()).toBe(0);
    await same.page.close();
    // the year lines of 指标 with a county and a prefecture chosen warn too
    const lines = await open(`indicator.html?i=recon_received&y=2023&j=430203,211200`, "[data-chart=years] svg");
    expect(await lines.page.locator("[data-role=mixed-level]").count()).toBeGreaterThan(0);
    await lines.page.close();
  }, 90_000);

  const EMBEDS: [string, string][] = [
    ["embed.html?chart=ranked&i=recon_received&y=2023", "[data-role=embed] svg"],
    ["embed.html?chart=years&i=recon_received&j=430203,411381", "[data-role=embed] svg"],
    ["embed.html?chart=region&code=430203&i=recon_received", "[data-role=embed] svg"],
    ["embed.html?chart=compare&j=430203,411381,211200&i=recon_received,mediation_cases,recon_concluded&y=latest", "[data-role=embed] svg"],
  ];
  const WIDE: [string, string, number][] = [...PAGES, ...EMBEDS].flatMap(([p, ready]) => [390, 1280].map((w) => [p, ready, w] as [string, string, number]));
  it.each(WIDE)("%s (ready: %s) at %i px: no wider than the viewport, every table in a scroll container", async (path, ready, w) => {
    const real = path.replace("<004>", () => docId("004_441107c01ae2d665.txt"));
    const { page, log } = await open(real, ready, w);
    await page.waitForTimeout(300); // the tables drawn after the first chart
    const { scroll, inner, unwrapped } = await page.evaluate(() => {
      const scrolls = (el: Element | null): boolean => {
        for (let e = el; e && e !== document.body; e = e.parentElement) {
          const o = getComputedStyle(e).overflowX;
          if (o === "auto" || o === "scroll") return true;
        }
        return false;
      };
      return {
        scroll: document.documentElement.scrollWidth,
        inner: innerWidth,
        unwrapped: [...document.querySelectorAll("main table")].filter((t) => !scrolls(t)).map((t) => t.outerHTML.slice(0, 120)),
      };
    });
    expect(scroll, `${path} at ${w}px`).toBeLessThanOrEqual(inner);
    expect(unwrapped, path).toEqual([]);
    expect(log.errors).toEqual([]);
    await page.close();
  }, 90_000);

  it("shows the region's values on a phone", async () => {
    const { page } = await open("region/430203.html", ".fz-region-matrix", 390);
    // the first value of the first row, and its number, are on screen (not scrolled off to the right); with two years
    // of reports (2022 and 2023), the first year's cell may be a missing one: the first cell with a number
    const cell = page.locator(".fz-region-matrix tbody tr").first().locator("td.num").filter({ hasText: /\d/ }).first();
    const box = await cell.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    expect(await cell.textContent()).toMatch(/\d/);
    await page.close();
  }, 90_000);

  it("keeps the quality heatmap's indicator labels apart", async () => {
    const { page } = await open("quality.html", "[data-chart=coverage] svg rect");
    const boxes = await page.locator("[data-chart=coverage] svg [aria-label='x-axis tick label'] text").evaluateAll((ts) =>
      ts.map((t) => { const r = t.getBoundingClientRect(); return [r.left, r.right]; }));
    expect(boxes.length).toBeGreaterThan(5);
    boxes.sort((a, b) => a[0]! - b[0]!);
    for (let i = 1; i < boxes.length; i++) expect(boxes[i]![0]!, `label ${i}`).toBeGreaterThanOrEqual(boxes[i - 1]![1]! - 0.5);
    await page.close();
    // on a phone it is drawn at its size and scrolls sideways in its box, not shrunk to illegible
    const phone = await open("quality.html", "[data-chart=coverage] svg rect", 390);
    const { drawn, wanted, box } = await phone.page.locator("[data-chart=coverage] svg:has([aria-label='x-axis tick label'])").first().evaluate((svg) => ({
      drawn: svg.getBoundingClientRect().width,
      wanted: Number(svg.getAttribute("width")),
      box: getComputedStyle(svg.closest("[data-chart]")!).overflowX,
    }));
    expect(drawn).toBeGreaterThanOrEqual(wanted - 1);
    expect(box).toBe("auto");
    expect(await phone.page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
    await phone.page.close();
  }, 90_000);

  // ---- issue 13: 下载此视图 (CSV, SVG, PNG of a chart) and the searchable region picker ----

  /** Click 下载此视图 → `format` under the chart named `id`; the file's name and bytes. */
  async function downloadView(page: Page, id: string, format: "csv" | "svg" | "png") {
    const control = page.locator(`[data-download="${id}"]`);
    if (!(await control.locator("details").evaluate((d) => (d as HTMLDetailsElement).open))) await control.locator("summary").click();
    const [download] = await Promise.all([page.waitForEvent("download"), control.locator(`button[data-format=${format}]`).click()]);
    const file = join(dataDir, `view-${id}.${format}`);
    await download.saveAs(file);
    return { name: download.suggestedFilename(), bytes: readFileSync(file), file };
  }

  it("下载此视图 on 指标: the CSV is the chart's data row for row; SVG and PNG are the drawing with its title and 来源; nothing leaves the site", async () => {
    const external = session.external.length;
    const id = "mediation_cases";
    const year = "2023";
    const name = indicatorRows.find((i) => i.indicator_id === id)!.name_zh!;
    const { page, log } = await open(`indicator.html?i=${id}&y=${year}&csv`, "[data-download=ranked]");
    const seen = requests.get(`indicator.html?i=${id}&y=${year}&csv`)!;

    // CSV: UTF-8 with a BOM, CRLF, the Chinese columns, one row per row of the chart, in its order
    const csv = await downloadView(page, "ranked", "csv");
    expect(csv.name).toBe(`指标_${name}_${year}.csv`);
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = csv.bytes.toString("utf8").slice(1);
    expect(text.split("\r\n")[0]).toBe("序号,地区,行政区划代码,省份,级别,年度,指标,数值,单位,限定,时段,范围,原文句子,来源,备注");
    expect(text.endsWith("\r\n")).toBe(true);
    const rows = readCsv(csv.file);
    // the chart's data: the names down its axis, the value labels of its bars, the missing labels of the other rows
    const chart = page.locator("[data-chart=ranked] svg.fz-bars");
    const axis = await chart.locator("[aria-label='y-axis tick label'] text").allTextContents();
    const barLabels = await chart.locator(".fz-bar-label text").allTextContents();
    const missingLabels = await chart.locator(".fz-missing-label text").evaluateAll((ts) => ts.map((t) => t.lastChild?.textContent ?? ""));
    // (the chart tells the two 通州区 apart by their provinces; the CSV has the name and the province in their columns)
    const shared = (r: Record<string, string>) => rows.filter((x) => x["地区"] === r["地区"]).length > 1;
    expect(rows.map((r) => (shared(r) ? `${r["地区"]}（${r["省份"]}）` : r["地区"]))).toEqual(axis);
    expect(axis).toEqual(expect.arrayContaining(["通州区（北京市）", "通州区（江苏省）"]));
    expect(rows.map((r) => r["序号"])).toEqual(axis.map((_, i) => String(i + 1)));
    const valued = rows.filter((r) => r["数值"] !== "");
    expect(valued.map((r) => Number(r["数值"]))).toEqual(barLabels.map((l) => Number(l.replace(/[^\d.]/g, ""))));
    expect(rows.filter((r) => r["数值"] === "").map((r) => r["备注"]!.split("：")[0])).toEqual(missingLabels);
    // …and the warehouse's: every comparable value of that indicator and year, with its sentence and its report
    const given = comparable.filter((c) => c.indicator_id === id && c.report_year === year);
    expect(valued.length).toBe(given.length);
    for (const r of valued) {
      const c = given.find((x) => x.jurisdiction_code === r["行政区划代码"])!;
      expect(c, r["地区"]).toBeDefined();
      expect(Number(r["数值"])).toBe(Number(c.value));
      expect(r["年度"]).toBe(year);
      expect(r["指标"]).toBe(name);
      expect(r["单位"]).toBe(c.unit);
      expect(["确数", "约数", "不少于", "超过", "不超过", "不足"]).toContain(r["限定"]);
      expect(r["时段"]).toMatch(/^(全年|部分时段|累计|上年对比数)/);
      expect(r["原文句子"]).toBe(obs.find((o) => o.obs_id === c.obs_id)!.evidence);
      expect(r["来源"]).toContain(`文件 ${docs.find((d) => d.doc_id === c.doc_id)!.file_name}`);
    }
    for (const r of rows) expect(Object.values(r).join(" ")).not.toMatch(/\b(full_year|exact|county|prefecture|no_report|not_given)\b/);
    expect(await page.locator("[data-download=ranked] [role=status]").textContent()).toBe(`已下载 ${csv.name}`);

    // SVG: standalone, the chart's bars, the title and the 来源 line as text, the fonts named, report text escaped
    const svg = await downloadView(page, "ranked", "svg");
    expect(svg.name).toBe(`指标_${name}_${year}.svg`);
    const svgText = svg.bytes.toString("utf8");
    expect(svgText).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svgText).toContain(`<text x="16" y="33">${name}（件）· ${year}年 · 各地区排序</text>`);
    expect(svgText).toMatch(/<g font-size="11" fill="#4b5563" data-role="source"><text[^>]*>来源：\d+ 份报告/);
    expect(svgText).toMatch(/font-family="'PingFang SC',[^"]*'Noto Sans CJK SC'/);
    expect(svgText).not.toMatch(/<script|<b>|var\(--|href=/i);
    expect(svgText).not.toMatch(/https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
    const parsed = await page.evaluate((t) => {
      const d = new DOMParser().parseFromString(t, "image/svg+xml");
      return { error: d.querySelector("parsererror")?.textContent ?? null, root: d.documentElement.localName, ns: d.documentElement.namespaceURI, bars: d.querySelectorAll(".fz-bar rect").length, width: Number(d.documentElement.getAttribute("width")), height: Number(d.documentElement.getAttribute("height")) };
    }, svgText);
    expect(parsed).toMatchObject({ error: null, root: "svg", ns: "http://www.w3.org/2000/svg", bars: valued.length });

    // PNG: a real PNG at twice the SVG's size
    const png = await downloadView(page, "ranked", "png");
    expect(png.name).toBe(`指标_${name}_${year}.png`);
    expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect([png.bytes.readUInt32BE(16), png.bytes.readUInt32BE(20)]).toEqual([parsed.width * 2, parsed.height * 2]);

    // the year lines below offer the same (their values' sentences looked up in the places' own files)
    await page.waitForSelector("[data-download=years]");
    const lines = await downloadView(page, "years", "csv");
    expect(lines.name).toMatch(new RegExp(`^指标_${name}_\\d{4}-\\d{4}_.+\\.csv$`));
    const lineRows = readCsv(lines.file);
    const lineValues = lineRows.filter((r) => r["数值"] !== "");
    expect(lineValues.length).toBeGreaterThan(0);
    for (const r of lineValues) {
      const c = comparable.find((x) => x.jurisdiction_code === r["行政区划代码"] && x.indicator_id === id && x.report_year === r["年度"])!;
      expect(Number(r["数值"])).toBe(Number(c.value));
      expect(r["原文句子"]).toBe(obs.find((o) => o.obs_id === c.obs_id)!.evidence);
    }
    for (const r of lineRows.filter((x) => x["数值"] === "")) expect(r["备注"]).toMatch(/^(无该年报告|报告未提及)：/);
    expect((await downloadView(page, "years", "svg")).bytes.toString("utf8")).toContain("data-role=\"legend\"");

    expect(log.errors).toEqual([]);
    expect(log.failed).toEqual([]);
    expect(seen.filter((u) => !u.startsWith("blob:") && new URL(u).hostname !== "127.0.0.1")).toEqual([]);
    expect(session.external.slice(external)).toEqual([]);
    await page.close();
  }, 120_000);

  it("下载此视图 on 对比 and 地区: a CSV per chart, named after the page, the indicator, the year and the places", async () => {
    const { page, log } = await open(`compare.html?j=430203,411381&i=recon_received&y=latest`, "[data-download=compare-recon_received]");
    const name = indicatorRows.find((i) => i.indicator_id === "recon_received")!.name_zh!;
    const csv = await downloadView(page, "compare-recon_received", "csv");
    expect(csv.name).toBe(`对比_${name}_各地最新_芦淞区、邓州市.csv`);
    const rows = readCsv(csv.file);
    expect(rows.map((r) => r["地区"])).toEqual(await page.locator("[data-chart=compare] svg [aria-label='y-axis tick label'] text").allTextContents());
    for (const r of rows) {
      // 各地最新: each value of its own year, the one the chart labels it with
      const c = comparable.find((x) => x.jurisdiction_code === r["行政区划代码"] && x.indicator_id === "recon_received" && x.report_year === r["年度"])!;
      expect(Number(r["数值"])).toBe(Number(c.value));
      expect(await page.locator(`[data-chart=compare] .fz-bar-label text[data-year="${r["年度"]}"]`).count()).toBeGreaterThan(0);
    }
    expect((await downloadView(page, "compare-recon_received", "png")).bytes.subarray(1, 4).toString()).toBe("PNG");
    expect(log.errors).toEqual([]);
    await page.close();

    const region = await open(`region/430203.html?i=mediation_cases&y=2023`, "[data-download=peers]");
    const peers = await downloadView(region.page, "peers", "csv");
    expect(peers.name).toBe(`地区_芦淞区_${indicatorRows.find((i) => i.indicator_id === "mediation_cases")!.name_zh}_2023.csv`);
    const peerRows = readCsv(peers.file);
    expect(peerRows.map((r) => r["地区"])).toEqual((await region.page.locator("[data-chart=peers] svg [aria-label='y-axis tick label'] text").allTextContents()).map((n) => n.replace(/^▶\s*/, "")));
    const own = peerRows.find((r) => r["行政区划代码"] === "430203")!;
    expect(own["备注"]).toContain("本页地区");
    // the peers chart draws values without their sentences: the CSV has them, from the year's file of the indicator
    const c = comparable.find((x) => x.jurisdiction_code === "430203" && x.indicator_id === "mediation_cases" && x.report_year === "2023")!;
    expect(own["原文句子"]).toBe(obs.find((o) => o.obs_id === c.obs_id)!.evidence);
    expect(own["来源"]).toContain("文件 ");
    const svg = (await downloadView(region.page, "peers", "svg")).bytes.toString("utf8");
    expect(svg).toContain("来源：");
    expect(svg).not.toContain("<script");
    expect(region.log.errors).toEqual([]);
    await region.page.close();
  }, 120_000);

  it("the region picker finds places by typing (通州 → both 通州区, each with its province), works by keyboard, and keeps the URL state", async () => {
    const tz = docs.filter((d) => d.jurisdiction_name === "通州区" && d.status === "ok");
    expect(tz.map((d) => d.province_name).sort(), "both 通州区 of the fixture are identified").toEqual(["北京市", "江苏省"]);
    const { page, log } = await open("indicator.html?i=recon_received&y=2023&j=430203", "input[name=j]");
    const input = page.locator("input[name=j]");
    const list = page.locator(".fz-picker [role=listbox]");
    const options = list.locator("[role=option]");
    const chips = () => page.locator(".fz-picker .fz-chip").evaluateAll((cs) => cs.map((c) => (c as HTMLElement).dataset.key));
    expect(await chips()).toEqual(["430203"]);
    await input.click();
    await input.pressSequentially("通州");
    await expect.poll(() => options.count()).toBe(2);
    expect(await input.getAttribute("aria-expanded")).toBe("true");
    // each with its province and level; the city too, once the full list has come (on the first focus)
    await expect.poll(() => options.allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/^通州区北京市 · 县级 · 110112$/), expect.stringMatching(/^通州区江苏省 · 南通市 · 县级 · 320612$/)]));
    expect(await page.locator(".fz-picker [aria-live]").textContent()).toContain("找到 2 个地区");
    // ↓ moves the highlight, Enter adds the highlighted place
    const firstActive = await input.getAttribute("aria-activedescendant");
    await page.keyboard.press("ArrowDown");
    const active = await input.getAttribute("aria-activedescendant");
    expect(active).not.toBe(firstActive);
    const pickedCode = await page.locator(`[id="${active}"]`).getAttribute("data-key");
    await page.keyboard.press("Enter");
    await expect.poll(() => new URL(page.url()).searchParams.get("j")).toBe(`430203,${pickedCode}`);
    expect(await chips()).toEqual(["430203", pickedCode]);
    expect(await input.inputValue()).toBe("");
    expect(await list.isHidden()).toBe(true);
    // the year lines now draw it too
    const picked = tz.find((d) => d.jurisdiction_code === pickedCode)!;
    await expect.poll(() => page.locator("[data-chart=years]").textContent(), { timeout: 20_000 }).toContain("通州区");
    const want = comparable.find((c) => c.jurisdiction_code === pickedCode && c.indicator_id === "recon_received" && c.report_year === "2023")!;
    await expect.poll(() => page.locator("[data-chart=years] svg text").allTextContents(), { timeout: 20_000 }).toContain(`${Number(want.value).toLocaleString("zh-CN")}件`);
    expect(picked).toBeDefined();
    // Escape closes the list, a second Escape clears the text; Backspace in the empty box removes the last chip
    await input.pressSequentially("通州");
    await expect.poll(() => list.isVisible()).toBe(true);
    await page.keyboard.press("Escape");
    expect(await list.isHidden()).toBe(true);
    expect(await input.getAttribute("aria-expanded")).toBe("false");
    await page.keyboard.press("Escape");
    expect(await input.inputValue()).toBe("");
    await page.keyboard.press("Backspace");
    await expect.poll(() => new URL(page.url()).searchParams.get("j")).toBe("430203");
    // a click on an option adds it; a chip's × removes it
    await input.pressSequentially("通州");
    await options.filter({ hasText: "江苏省" }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get("j")).toBe("430203,320612");
    const link = page.url();
    // both 通州区 chosen: two lines, each labelled with its province
    await input.pressSequentially("通州");
    await options.filter({ hasText: "北京市" }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get("j")).toBe("430203,320612,110112");
    await expect.poll(() => page.locator("[data-chart=years]").textContent(), { timeout: 20_000 }).toMatch(/通州区（北京市）[\s\S]*通州区（江苏省）|通州区（江苏省）[\s\S]*通州区（北京市）/);
    await page.locator(".fz-chip[data-key='430203'] button").click();
    await expect.poll(() => new URL(page.url()).searchParams.get("j")).toBe("320612,110112");
    expect(log.errors).toEqual([]);
    await page.close();
    // the link reproduces the choice
    const again = await open(link.slice(url.length), "input[name=j]");
    await expect.poll(() => again.page.locator(".fz-picker .fz-chip").evaluateAll((cs) => cs.map((c) => (c as HTMLElement).dataset.key))).toEqual(["430203", "320612"]);
    expect(again.page.url()).toBe(link);
    expect(await again.page.locator(".fz-chip[data-key='320612']").textContent()).toContain("江苏省");
    await again.page.close();

    // 对比: the same picker, up to six places; the chosen place joins the table
    const cmp = await open("compare.html?j=430203,411381&i=recon_received&y=2023", "input[name=j]");
    await cmp.page.locator("input[name=j]").pressSequentially("通州");
    await cmp.page.locator(".fz-picker [role=option]", { hasText: "北京市" }).click();
    await expect.poll(() => new URL(cmp.page.url()).searchParams.get("j")).toBe("430203,411381,110112");
    await expect.poll(() => cmp.page.locator("table.fz-compare th").allTextContents()).toContain("通州区");
    expect(cmp.log.errors).toEqual([]);
    await cmp.page.close();
  }, 120_000);

  it("the region picker and its list fit a 390 px phone", async () => {
    const { page, log } = await open("indicator.html?i=recon_received&y=2023&j=430203,110112,320612,411381", "input[name=j]", 390);
    await page.locator("input[name=j]").click();
    await page.locator("input[name=j]").pressSequentially("区");
    await expect.poll(() => page.locator(".fz-picker [role=option]").count()).toBeGreaterThan(2);
    const boxes = await page.evaluate(() => {
      const r = (s: string) => document.querySelector(s)!.getBoundingClientRect();
      const chips = [...document.querySelectorAll(".fz-picker .fz-chip")].map((c) => c.getBoundingClientRect());
      return { scroll: document.documentElement.scrollWidth, inner: innerWidth, picker: r(".fz-picker"), list: r(".fz-picker [role=listbox]"), input: r(".fz-picker input"), chips: chips.map((c) => [c.left, c.right]) };
    });
    expect(boxes.scroll).toBeLessThanOrEqual(boxes.inner);
    for (const b of [boxes.picker, boxes.list, boxes.input]) {
      expect(b.left).toBeGreaterThanOrEqual(0);
      expect(b.right).toBeLessThanOrEqual(390);
    }
    expect(boxes.input.width).toBeGreaterThanOrEqual(90);
    for (const [l, r] of boxes.chips) expect(l! >= 0 && r! <= 390).toBe(true);
    await page.screenshot({ path: join(SHOTS, "picker-390.png"), fullPage: false });
    expect(log.errors).toEqual([]);
    await page.close();
  }, 90_000);

  // ---- issue 13: change since the previous report year, peer medians, copy link and embedding, item 10 leftovers ----

  /** The comparable value of a place, indicator and year (from the test's own export). */
  const cv = (code: string, id: string, year: string) => comparable.find((c) => c.jurisdiction_code === code && c.indicator_id === id && c.report_year === year);
  /** Ranks in a year among all places with a value, largest first (recon_received has no better direction). */
  const rankOf = (code: string, id: string, year: string) => {
    const vals = comparable.filter((c) => c.indicator_id === id && c.report_year === year);
    const mine = vals.find((c) => c.jurisdiction_code === code)!;
    return [1 + vals.filter((c) => Number(c.value) > Number(mine.value)).length, vals.length];
  };
  const zh = (x: number) => x.toLocaleString("zh-CN", { maximumFractionDigits: 2 });
  /** The median of a level's plain values of an indicator and year (in one province, or everywhere). */
  const levelMedian = (level: string, id: string, year: string, prov = "") => {
    const levelOf = new Map(docs.filter((d) => d.jurisdiction_code).map((d) => [d.jurisdiction_code, d.admin_level]));
    const vals = comparable.filter((c) => levelOf.get(c.jurisdiction_code) === level && c.jurisdiction_code.startsWith(prov) && c.indicator_id === id && c.report_year === year);
    const plain = vals.filter((c) => c.qualifier === "exact" && c.period === "full_year").map((c) => Number(c.value)).sort((x, y) => x - y);
    const n = plain.length;
    const m = n % 2 ? plain[(n - 1) / 2]! : (plain[n / 2 - 1]! + plain[n / 2]!) / 2;
    return { m, n, excluded: vals.length - n };
  };

  it("指标: each place's change since its previous report year (years named) and its rank movement; partial, approximate and 以上 values are not subtracted, and say why", async () => {
    // the fixture's values, as the pipeline read them
    expect([cv("430203", "recon_received", "2022")?.value, cv("430203", "recon_received", "2023")?.value]).toEqual(["120", "149"]);
    expect([cv("411381", "recon_received", "2022")?.value, cv("411381", "recon_received", "2024")?.value]).toEqual(["300", "340"]);
    const { page, log } = await open("indicator.html?i=recon_received&y=2023", "tr[data-code='430203'] .fz-change");
    const change = page.locator("tr[data-code='430203'] .fz-change");
    expect(await change.textContent()).toBe("较2022年 ↑ +29件（+24.2%）");
    expect(await change.getAttribute("data-change")).toBe("change");
    expect(await change.getAttribute("data-dir")).toBe("up");
    expect(await change.getAttribute("title")).toBe("2022年 120件 → 2023年 149件");
    const [r, n] = rankOf("430203", "recon_received", "2023");
    const [pr, pn] = rankOf("430203", "recon_received", "2022");
    const by = pr! - r!;
    expect(await page.locator("tr[data-code='430203'] .fz-rank-move").textContent()).toBe(`第${r}/${n}（2022年 第${pr}/${pn}）${by > 0 ? `↑${by}` : by < 0 ? `↓${-by}` : "名次不变"}`);
    expect(await page.locator("tr[data-code='430203'] .fz-rank-move").getAttribute("title")).toContain("两年参与排序的地区数不同");
    // a place with no earlier value says so; the rule is stated above the table
    expect(await page.locator("tr[data-code='110112'] .fz-change").textContent()).toBe("无更早年度的数值");
    expect(await page.locator("[data-role=change-rule]").textContent()).toContain("部分时段、约数或“以上”等数值不作数值比较");
    // the level filter: ranks among the places shown
    await page.locator("select[name=prov]").selectOption({ label: "湖南省" });
    await expect.poll(() => page.locator("tr[data-code='430203'] .fz-rank-move").textContent(), { timeout: 20_000 }).toMatch(/^第\d\/2（2022年 第1\/1）/);
    expect(log.errors).toEqual([]);
    await page.close();

    // 邓州市 2024 against its previous value, of 2022 (it has no 2023 report): the year is named
    const dz = await open("indicator.html?i=recon_received&y=2024", "tr[data-code='411381'] .fz-change");
    expect(await dz.page.locator("tr[data-code='411381'] .fz-change").textContent()).toBe("较2022年 ↑ +40件（+13.3%）");
    await dz.page.close();

    // never subtracted: an approximate 800余件, a 95%以上 rate, a count 截至11月底
    for (const [id, words] of [
      ["mediation_cases", "2022年为约数（余、多、约）“≈800件”，不是确数"],
      ["mediation_success_rate", "2022年为下限（以上、不少于）“≥95%”，不是确数"],
      ["admin_inspections", "2022年为部分时段（截至11月底）的数字，不是全年数"],
    ] as const) {
      const { page, log } = await open(`indicator.html?i=${id}&y=2023`, "tr[data-code='430203'] .fz-change");
      const cell = page.locator("tr[data-code='430203'] .fz-change");
      expect(await cell.textContent(), id).toBe(`不作数值比较：${words}`);
      expect(await cell.getAttribute("data-change"), id).toBe("not_comparable");
      expect(await page.locator("tr[data-code='430203'] .fz-rank-move").textContent(), id).toContain("名次变化不计");
      expect(log.errors, id).toEqual([]);
      await page.close();
    }
  }, 180_000);

  it("地区: a small chart over the years for each indicator, with the median of its level in the province and in the country, each with its n", async () => {
    const { page, log } = await open("region/430203.html", "[data-chart=trends] svg");
    const own = new Set(comparable.filter((c) => c.jurisdiction_code === "430203").map((c) => c.indicator_id));
    expect(await page.locator(".fz-trend").count()).toBe(own.size);
    const legend = await page.locator("[data-role=trend-legend]").textContent();
    expect(legend).toContain("湖南省县级地区中位数");
    expect(legend).toContain("全国县级地区中位数");
    const card = page.locator(".fz-trend[data-indicator=recon_received]");
    // the region's own values, a dot for each year it has one (2022 and 2023)
    expect(await card.locator("[data-role=place] circle").evaluateAll((cs) => cs.map((c) => c.getAttribute("data-year")))).toEqual(["2022", "2023"]);
    expect(await card.locator(".fz-trend-caption").getAttribute("data-year")).toBe("2023");
    const prov = levelMedian("county", "recon_received", "2023", "43");
    const nat = levelMedian("county", "recon_received", "2023");
    expect(prov.n, "芦淞区 and 荷塘区").toBe(2);
    expect(nat.n).toBeGreaterThan(prov.n);
    expect(await card.locator("[data-role=prov-median]").textContent()).toBe(`湖南省县级地区中位数 ${zh(prov.m)}件（n=${prov.n}）`);
    expect(await card.locator("[data-role=nat-median]").textContent()).toBe(`全国县级地区中位数 ${zh(nat.m)}件（n=${nat.n}）`);
    expect(await card.locator("[data-role=own]").textContent()).toBe("本地区 149件");
    // both medians are drawn, their points with tooltips naming n
    expect(await card.locator("[data-role=fz-spark-province] path").count()).toBeGreaterThan(1);
    expect(await card.locator("[data-role=fz-spark-country] title").allTextContents()).toContain(`2023年 全国县级地区中位数：${zh(nat.m)}件（n=${nat.n}）`);
    // a 98%以上 rate of 荷塘区 is left out of the medians, and said so
    const rate = levelMedian("county", "mediation_success_rate", "2023", "43");
    expect(rate.excluded).toBe(1);
    expect(await page.locator(".fz-trend[data-indicator=mediation_success_rate] [data-role=prov-median]").textContent()).toBe(`湖南省县级地区中位数 ${zh(rate.m)}%（n=${rate.n}，另 1 个不计入）`);
    // the earlier ≥95% of the region itself: a hollow dot
    expect(await page.locator(".fz-trend[data-indicator=mediation_success_rate] [data-role=place] circle[data-year='2022']").getAttribute("fill")).toBe("white");
    expect(log.errors).toEqual([]);
    expect(log.plotWarnings).toEqual([]);
    await page.close();
  }, 90_000);

  it("复制链接 copies the view's address with its state (Clipboard API, else execCommand, else a selected box), in Chinese", async () => {
    await session.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(url).origin });
    const { page, log } = await open("indicator.html?i=recon_received&y=2023&lvl=county", "[data-role=share] [data-action=copy-link]");
    await expect.poll(() => new URL(page.url()).searchParams.get("j")).toBeTruthy(); // the state written to the address
    await page.locator("[data-action=copy-link]").click();
    await expect.poll(() => page.locator("[data-role=share] [role=status]").textContent()).toBe("已复制链接。");
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(page.url());
    expect(copied.startsWith(`${url}indicator.html?`)).toBe(true); // under the sub-path
    expect(new URL(copied).searchParams.get("lvl")).toBe("county");
    expect(log.errors).toEqual([]);
    await page.close();

    // no Clipboard API (a plain-http intranet server): the old way, execCommand("copy")
    for (const refuse of [false, true]) {
      const { page, log } = await openPage(session);
      await page.addInitScript((refuse) => {
        Object.defineProperty(Navigator.prototype, "clipboard", { get: () => undefined, configurable: true });
        document.addEventListener("copy", () => ((window as unknown as { __copied?: string }).__copied = (document.activeElement as HTMLTextAreaElement | null)?.value));
        if (refuse) document.execCommand = () => false;
      }, refuse);
      await page.goto(`${url}compare.html?j=430203,411381&i=recon_received&y=latest`);
      await settle(page, "[data-action=copy-link]", 60_000);
      await expect.poll(() => new URL(page.url()).searchParams.get("y")).toBe("latest");
      await page.locator("[data-action=copy-link]").click();
      const status = page.locator("[data-role=share] [role=status]");
      if (!refuse) {
        await expect.poll(() => status.textContent()).toBe("已复制链接（兼容方式）。");
        expect(await page.evaluate(() => (window as unknown as { __copied?: string }).__copied)).toBe(page.url());
        expect(await page.locator("[data-role=manual-copy]").isHidden()).toBe(true);
      } else {
        // …and when that is refused too: the address in a selected box, with what to press
        await expect.poll(() => status.textContent()).toBe("浏览器不允许自动复制，请按 Ctrl+C（Mac：⌘C）复制下面的链接。");
        const box = page.locator("[data-role=manual-copy]");
        expect(await box.isVisible()).toBe(true);
        expect(await box.inputValue()).toBe(page.url());
        expect(await box.evaluate((b: HTMLInputElement) => [b.selectionStart, b.selectionEnd])).toEqual([0, page.url().length]);
        const w = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
        expect(w).toBeLessThanOrEqual(0);
      }
      expect(log.errors).toEqual([]);
      await page.close();
    }
  }, 120_000);

  // the code is written when the <details> opens, on its toggle event: a task after the click, not during it
  const embedCode = async (p: Awaited<ReturnType<typeof open>>["page"]) => {
    await p.waitForFunction(() => !!(document.querySelector("[data-role=embed-code]") as HTMLTextAreaElement | null)?.value, undefined, { timeout: 10_000 });
    return p.locator("[data-role=embed-code]").inputValue();
  };

  it("嵌入: an <iframe> code for the chart; the embedded view has its title, 来源 and a link back, no sidebar, works under the sub-path and in a 390 px frame, and asks no other host", async () => {
    const external = session.external.length;
    await session.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(url).origin });
    const name = indicatorRows.find((i) => i.indicator_id === "recon_received")!.name_zh!;
    const { page, log } = await open("indicator.html?i=recon_received&y=2023&lvl=county", "[data-role=share] details.fz-embed");
    await page.locator("[data-role=share] details.fz-embed summary").click();
    const code = await embedCode(page);
    expect(code).toMatch(/^<iframe src="[^"]+" title="法治指标：[^"]+" width="100%" height="\d+" style="border:0;max-width:100%" loading="lazy"><\/iframe>$/);
    const src = /src="([^"]+)"/.exec(code)![1]!.replaceAll("&amp;", "&");
    expect(src).toBe(`${url}embed.html?chart=ranked&i=recon_received&y=2023&lvl=county`);
    expect(await page.locator("[data-role=embed-preview]").getAttribute("href")).toBe(src);
    await page.locator("[data-action=copy-embed]").click();
    await expect.poll(() => page.locator("[data-role=share] [role=status]").textContent()).toBe("已复制嵌入代码。");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
    expect(log.errors).toEqual([]);
    await page.close();

    const embed = await open(src.slice(url.length), "[data-role=embed] svg");
    expect(await embed.page.locator("#observablehq-sidebar").count()).toBe(0);
    expect(await embed.page.locator("#observablehq-footer").count()).toBe(0);
    expect(await embed.page.locator("h1").first().textContent()).toBe(`${name}（件）· 2023年 · 各地区排序（县级）`);
    const counties = new Set(docs.filter((d) => d.admin_level === "county").map((d) => d.jurisdiction_code));
    const given = comparable.filter((c) => counties.has(c.jurisdiction_code) && c.indicator_id === "recon_received" && c.report_year === "2023");
    expect(await embed.page.locator("[data-role=embed] .fz-bar rect").count()).toBe(given.length);
    expect(await embed.page.locator("[data-role=sources]").getAttribute("data-count")).toBe(String(new Set(given.map((c) => c.doc_id)).size));
    const back = embed.page.locator("[data-role=back]");
    expect(await back.evaluate((a: HTMLAnchorElement) => a.href)).toBe(`${url}indicator.html?i=recon_received&y=2023&lvl=county`);
    // every link opens in a new tab, never inside the frame of the page that embeds it
    expect(await embed.page.locator("a[href]").evaluateAll((as) => as.every((a) => a.getAttribute("target") === "_blank" && a.getAttribute("rel") === "noopener"))).toBe(true);
    expect(embed.log.errors).toEqual([]);
    await embed.page.close();

    // in a 390 px <iframe> of another page: drawn, no wider than its frame
    const { page: host, log: hostLog } = await openPage(session);
    await host.goto(`${url}404.html`); // any page of the server: the frame is same-origin, as on an intranet portal
    await host.evaluate((s) => { document.body.innerHTML = `<iframe src="${s}" width="390" height="700" style="border:0"></iframe>`; }, src);
    await host.frameLocator("iframe").locator("[data-role=embed] svg").first().waitFor({ timeout: 60_000 });
    const frame = host.frames().find((f) => f.url() === src)!;
    expect(await frame.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(0);
    expect(hostLog.errors).toEqual([]);
    await host.close();

    // the region page's 嵌入: the chosen indicator over the years with the two medians
    const region = await open("region/430203.html?i=recon_received", "[data-role=share] details.fz-embed");
    await region.page.locator("[data-role=share] details.fz-embed summary").click();
    const rsrc = /src="([^"]+)"/.exec(await embedCode(region.page))![1]!.replaceAll("&amp;", "&");
    expect(rsrc).toBe(`${url}embed.html?chart=region&code=430203&i=recon_received`);
    await region.page.close();
    const re = await open(rsrc.slice(url.length), "[data-role=embed] svg");
    expect(await re.page.locator("h1").textContent()).toBe(`芦淞区 · ${name}（件）· 历年走势`);
    const prov = levelMedian("county", "recon_received", "2023", "43");
    expect(await re.page.locator("[data-role=medians]").textContent()).toContain(`湖南省县级地区中位数 ${zh(prov.m)}件（n=${prov.n}）`);
    expect(await re.page.locator("[data-role=back]").evaluate((a: HTMLAnchorElement) => a.href)).toBe(`${url}region/430203.html?i=recon_received`);
    expect(await re.page.locator("[data-role=sources]").textContent()).toMatch(/^来源：2 份报告/);
    expect(re.log.errors).toEqual([]);
    await re.page.close();

    // parameters it cannot use are named; the chart is still drawn
    const bad = await open("embed.html?chart=ranked&i=nonsense&y=1999", "[data-role=embed] svg");
    const notice = await bad.page.locator("[data-role=url-notice]").textContent();
    expect(notice).toContain("i=“nonsense”");
    expect(notice).toContain("y=“1999”");
    await bad.page.close();
    expect(session.external.slice(external)).toEqual([]);
  }, 180_000);

  // ---- issue 13 leftovers: the bars' tooltips on 指标, 对比's indicator multi-select and its embeddable view ----

  it("指标: each bar's tooltip gives the place's change since its previous report year and its rank movement, as its table row does", async () => {
    const { page, log } = await open("indicator.html?i=recon_received&y=2023", "tr[data-code='430203'] .fz-change");
    const tipOf = (code: string) => page.locator(`[data-chart=ranked] .fz-bar rect[data-code="${code}"] title`).textContent();
    const cellOf = (code: string, cls: string) => page.locator(`tr[data-code="${code}"] .${cls}`).textContent();
    await expect.poll(() => tipOf("430203"), { timeout: 20_000 }).toContain("变化：");
    // after the value line, the table's two cells, word for word; then the evidence
    const lines = (await tipOf("430203"))!.split("\n");
    expect(lines[0]).toBe("芦淞区：149件");
    expect(lines[1]).toBe("变化：较2022年 ↑ +29件（+24.2%）");
    expect(lines[1]).toBe(`变化：${await cellOf("430203", "fz-change")}`);
    expect(lines[2]).toBe(`名次：${await cellOf("430203", "fz-rank-move")}`);
    expect(lines[3]).toMatch(/^原文：/);
    // every bar says what its row says; a place without an earlier value says so
    const bars = await page.locator("[data-chart=ranked] .fz-bar rect[data-code]").evaluateAll((rs) => rs.map((r) => [r.getAttribute("data-code")!, r.querySelector("title")!.textContent!]));
    expect(bars.length).toBe(comparable.filter((c) => c.indicator_id === "recon_received" && c.report_year === "2023").length);
    for (const [code, tip] of bars) {
      const t = tip.split("\n");
      expect(t[1], code).toBe(`变化：${await cellOf(code, "fz-change")}`);
      expect(t[2], code).toBe(`名次：${await cellOf(code, "fz-rank-move")}`);
      expect(t.filter((l) => l.startsWith("变化：")), code).toHaveLength(1); // once, however often the lines were added
    }
    expect(bars.find(([c]) => c === "110112")![1]).toContain("变化：无更早年度的数值");
    // a filter redraws the chart and ranks among the places shown: the tooltip follows the table
    await page.locator("select[name=prov]").selectOption({ label: "湖南省" });
    await expect.poll(() => tipOf("430203"), { timeout: 20_000 }).toMatch(/\n名次：第\d\/2（2022年 第1\/1）/);
    expect((await tipOf("430203"))!.split("\n")[2]).toBe(`名次：${await cellOf("430203", "fz-rank-move")}`);
    expect(log.errors).toEqual([]);
    await page.close();
    // values that are not subtracted: the tooltip gives the reason, as the table does
    const approx = await open("indicator.html?i=mediation_cases&y=2023", "tr[data-code='430203'] .fz-change");
    const tip = approx.page.locator("[data-chart=ranked] .fz-bar rect[data-code='430203'] title");
    await expect.poll(() => tip.textContent(), { timeout: 20_000 }).toContain("变化：不作数值比较：2022年为约数（余、多、约）“≈800件”，不是确数");
    expect(await tip.textContent()).toContain("名次变化不计");
    expect(approx.log.errors).toEqual([]);
    await approx.page.close();
  }, 120_000);

  it("对比: the indicators are a multi-select (checkboxes by area, 实验性 apart), by default the verified set; the charts are the chosen ones and the choice round-trips through the URL", async () => {
    const tracked = new Map(indicatorRows.map((i) => [i.indicator_id, i.tracked === "true"]));
    const withValues = new Set(comparable.map((c) => c.indicator_id));
    const { page, log } = await open("compare.html?j=430203,411381&y=latest", "[data-chart=compare] svg");
    const checked = () => page.locator("input[name=i]:checked").evaluateAll((bs) => bs.map((b) => (b as HTMLInputElement).value));
    const cards = () => page.locator("[data-chart=compare] .card").evaluateAll((cs) => cs.map((c) => c.getAttribute("data-indicator")));
    const urlIds = () => new URL(page.url()).searchParams.get("i")?.split(",") ?? [];
    // the default: the verified indicators with values, at most 8; written to the address, one chart each
    await expect.poll(urlIds).not.toEqual([]);
    const defaults = urlIds();
    expect(defaults.length).toBe(Math.min(8, [...withValues].filter((id) => tracked.get(id)).length));
    for (const id of defaults) expect(tracked.get(id), id).toBe(true);
    expect((await checked()).sort()).toEqual([...defaults].sort());
    expect(await cards()).toEqual(defaults);
    expect(await page.locator("[data-role=multi-select] [data-role=checks-count]").textContent()).toBe(`已选 ${defaults.length} 个`);
    // every indicator with values is offered once, the experimental ones in their own group, labelled
    const offered = await page.locator("input[name=i]").evaluateAll((bs) => bs.map((b) => (b as HTMLInputElement).value));
    expect(offered.sort()).toEqual([...withValues].filter((id) => tracked.has(id)).sort());
    const experimental = [...withValues].filter((id) => tracked.get(id) === false);
    const groups = page.locator("[data-role=multi-select] fieldset legend");
    if (experimental.length) {
      expect(await groups.last().textContent()).toBe("实验性（未经核验）");
      expect((await page.locator("[data-role=multi-select] fieldset").last().locator("input").evaluateAll((bs) => bs.map((b) => (b as HTMLInputElement).value))).sort()).toEqual(experimental.sort());
    }
    // open it, take one away and add one: the charts and the address follow, in the order chosen
    await page.locator("[data-role=multi-select] summary").click();
    await page.locator(`input[name=i][value="${defaults[0]}"]`).uncheck();
    const added = experimental[0] ?? offered.find((id) => !defaults.includes(id))!;
    await page.locator(`input[name=i][value="${added}"]`).check();
    const want = [...defaults.slice(1), added];
    await expect.poll(urlIds, { timeout: 20_000 }).toEqual(want);
    await expect.poll(cards, { timeout: 20_000 }).toEqual(want);
    expect(await page.locator("table.fz-compare tbody tr").count()).toBe(want.length);
    // on a phone the open list fits the screen
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 1280, height: 900 });
    const link = page.url();
    // 全部取消: no chart, a sentence; 恢复默认: the default set again
    await page.locator("[data-role=multi-select] [data-action=clear]").click();
    await expect.poll(() => page.locator("[role=alert]").textContent(), { timeout: 20_000 }).toBe("请至少选择 1 个指标。");
    expect(await checked()).toEqual([]);
    await page.locator("[data-role=multi-select] [data-action=defaults]").click();
    await expect.poll(urlIds, { timeout: 20_000 }).toEqual(defaults);
    await expect.poll(cards, { timeout: 20_000 }).toEqual(defaults);
    expect(log.errors).toEqual([]);
    await page.close();
    // the link reproduces the choice and its order
    const again = await open(link.slice(url.length), "[data-chart=compare] svg");
    await expect.poll(() => again.page.locator("[data-chart=compare] .card").evaluateAll((cs) => cs.map((c) => c.getAttribute("data-indicator")))).toEqual(want);
    expect((await again.page.locator("input[name=i]:checked").evaluateAll((bs) => bs.map((b) => (b as HTMLInputElement).value))).sort()).toEqual([...want].sort());
    expect(again.page.url()).toBe(link);
    expect(again.log.errors).toEqual([]);
    await again.page.close();
  }, 120_000);

  it("对比 嵌入: the code points to embed.html with the view's places, indicators and year; the embedded view draws a chart per indicator with its warnings, one 来源 line and a link back", async () => {
    const external = session.external.length;
    await session.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(url).origin });
    const codes = ["430203", "411381", "211200"]; // two counties and a prefecture, latest reports of 2023, 2024, 2023
    const ids = ["recon_received", "mediation_cases"];
    const { page, log } = await open(`compare.html?j=${codes.join(",")}&i=${ids.join(",")}&y=latest`, "[data-role=share] details.fz-embed");
    expect(await page.locator("[data-role=share] [data-action=copy-link]").count()).toBe(1);
    await page.locator("[data-role=share] details.fz-embed summary").click();
    const code = await embedCode(page);
    expect(code).toMatch(/^<iframe src="[^"]+" title="法治指标：[^"]+ 对比（各地最新）" width="100%" height="\d+" style="border:0;max-width:100%" loading="lazy"><\/iframe>$/);
    const src = /src="([^"]+)"/.exec(code)![1]!.replaceAll("&amp;", "&");
    expect(src).toBe(`${url}embed.html?chart=compare&j=${codes.join(",")}&i=${ids.join(",")}&y=latest`);
    expect(await page.locator("[data-role=embed-preview]").getAttribute("href")).toBe(src);
    await page.locator("[data-action=copy-embed]").click();
    await expect.poll(() => page.locator("[data-role=share] [role=status]").textContent()).toBe("已复制嵌入代码。");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
    // the code follows the view: another year, opened again
    await page.locator("[data-role=share] details.fz-embed summary").click();
    await page.locator("select[name=y]").selectOption({ label: "2023年" });
    await expect.poll(() => new URL(page.url()).searchParams.get("y")).toBe("2023");
    await page.locator("[data-role=share] details.fz-embed summary").click();
    await expect.poll(() => page.locator("[data-role=embed-code]").inputValue()).toContain(`i=${ids.join(",")}&amp;y=2023"`);
    expect(log.errors).toEqual([]);
    await page.close();

    const embed = await open(src.slice(url.length), "[data-role=embed] svg");
    const ep = embed.page;
    expect(await ep.locator("#observablehq-sidebar").count()).toBe(0);
    expect(await ep.locator("h1").first().textContent()).toBe(`${codes.map(nameOfCode).join("、")} · 各地最新 · 对比`);
    expect(await ep.locator("[data-chart=compare] .card").evaluateAll((cs) => cs.map((c) => c.getAttribute("data-indicator")))).toEqual(ids);
    // 各地最新: each place's latest report year with the value; each label carries its year
    const latest = (c: string, id: string) => {
      const years = [...new Set(docs.filter((d) => d.status === "ok" && d.jurisdiction_code === c).map((d) => d.report_year))].sort().reverse();
      for (const y of years) {
        const v = cv(c, id, y);
        if (v) return v;
      }
      return undefined;
    };
    const shown = ids.flatMap((id) => codes.map((c) => latest(c, id)).filter((v) => v !== undefined));
    expect(await ep.locator("[data-chart=compare] .fz-bar rect").count()).toBe(shown.length);
    const labels = await ep.locator("[data-chart=compare] .fz-bar-label text").evaluateAll((ts) => ts.map((t) => [t.textContent, t.getAttribute("data-year")]));
    for (const [text, year] of labels) expect(text).toMatch(new RegExp(` · ${year}年$`));
    // the warnings of the page: years and levels that mix, above the charts
    expect(await ep.locator("[data-role=embed] [data-role=mixed-years]").textContent()).toContain("不同年份");
    expect(await ep.locator("[data-role=embed] [data-role=mixed-level]").textContent()).toContain("地市级");
    expect(await ep.locator("[data-role=embed] [data-role=mixed-level] ~ [data-chart=compare]").count()).toBe(1);
    // one 来源 line: every report a drawn value comes from, linked to the document view
    const line = ep.locator("[data-role=sources]");
    expect(await line.count()).toBe(1);
    const docsDrawn = new Set(shown.map((v) => v!.doc_id));
    expect(await line.getAttribute("data-count")).toBe(String(docsDrawn.size));
    expect(new Set(await line.locator("a[data-doc]").evaluateAll((as) => as.map((a) => a.getAttribute("data-doc"))))).toEqual(docsDrawn);
    expect(await ep.locator("[data-role=back]").evaluate((a: HTMLAnchorElement) => a.href)).toBe(`${url}compare.html?j=${codes.join(",")}&i=${ids.join(",")}&y=latest`);
    expect(await ep.locator("a[href]").evaluateAll((as) => as.every((a) => a.getAttribute("target") === "_blank" && a.getAttribute("rel") === "noopener"))).toBe(true);
    expect(embed.log.errors).toEqual([]);
    await ep.close();

    // a fixed year: the place without a report of that year is one sentence, as on the page
    const away = [...allPlaces()].find((c) => !reportedIn("2023").has(c))!;
    const fixed = await open(`embed.html?chart=compare&j=430203,${away}&i=recon_received&y=2023`, "[data-role=embed] svg");
    expect(await fixed.page.locator("[data-role=no-report]").textContent()).toBe(`${nameOfCode(away)}没有2023年的报告（无该年报告），不在下面的图中。`);
    expect(await fixed.page.locator("[data-role=back]").evaluate((a: HTMLAnchorElement) => a.href)).toBe(`${url}compare.html?j=430203,${away}&i=recon_received&y=2023`);
    await fixed.page.close();
    // parameters it cannot use are named; with fewer than two places it says what it needs
    const bad = await open("embed.html?chart=compare&j=430203,999999&i=bogus&y=1999", "[role=alert]");
    expect(await bad.page.locator("[role=alert]").textContent()).toBe("对比需要 2–6 个地区（j=代码,代码…），地址中有 1 个可用的地区。");
    const notice = await bad.page.locator("[data-role=url-notice]").textContent();
    for (const part of ["j=“999999”", "i=“bogus”", "y=“1999”"]) expect(notice).toContain(part);
    await bad.page.close();
    expect(session.external.slice(external)).toEqual([]);
  }, 180_000);

  it("总览: 最新报告 lists the newest reports first, by report year then publication date", async () => {
    const { page, log } = await open("index.html", "table.fz-newest tr[data-doc]");
    const rows = await page.locator("table.fz-newest tr[data-doc]").evaluateAll((trs) => trs.map((tr) => [Number(tr.getAttribute("data-year")), tr.getAttribute("data-published") ?? ""] as [number, string]));
    const ok = docs.filter((d) => d.status === "ok");
    expect(rows.length).toBe(Math.min(10, ok.length));
    expect(rows[0]![0]).toBe(Math.max(...ok.map((d) => Number(d.report_year))));
    for (let i = 1; i < rows.length; i++) {
      const [y0, p0] = rows[i - 1]!;
      const [y1, p1] = rows[i]!;
      expect(y0 > y1 || (y0 === y1 && (p1 === "" || (p0 !== "" && p0 >= p1))), `row ${i}`).toBe(true);
    }
    // not by province: the sample's newest years come from different provinces than the alphabetical first
    expect(await page.locator("table.fz-newest th").first().textContent()).toBe("年度");
    expect(log.errors).toEqual([]);
    await page.close();
  }, 60_000);

  it("doc.html?id=<file name> finds the report by its file name or path as well as its id; a name several reports share lists them; an unknown one says so", async () => {
    const d = docs.find((x) => x.file_name === "004_441107c01ae2d665.txt")!;
    for (const id of [d.file_name, `data/raw/${d.file_name}`]) {
      const { page, log } = await open(`doc.html?id=${encodeURIComponent(id)}`, "[data-role=report-text] mark");
      expect(await page.locator("[data-role=found-by-name]").textContent(), id).toContain(d.file_name);
      expect(await page.locator("[data-role=citation] [data-field=cite-file]").textContent()).toContain(d.file_name);
      expect(new URL(page.url()).searchParams.get("id"), id).toBe(d.doc_id); // the address now names the id
      expect(log.errors.filter((e) => !/404/.test(e)), id).toEqual([]);
      await page.close();
    }
    const same = docs.filter((x) => x.file_name === SAME_NAME);
    expect(same.length).toBe(2);
    const both = await open(`doc.html?id=${SAME_NAME}`, "[data-role=same-name]");
    const hrefs = await both.page.locator("[data-role=same-name] a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect(hrefs.sort()).toEqual(same.map((x) => `./doc.html?id=${x.doc_id}`).sort());
    expect(await both.page.locator("[data-role=same-name]").textContent()).toContain(`有 2 份报告的文件名都是 ${SAME_NAME}`);
    await both.page.close();
    const none = await open("doc.html?id=no_such_report.txt", "[role=alert]");
    expect(await none.page.locator("[role=alert]").textContent()).toContain("没有标识或文件名为 no_such_report.txt 的报告");
    expect(none.log.errors.filter((e) => !/404/.test(e))).toEqual([]);
    await none.page.close();
  }, 90_000);

  it("names the address parameters it cannot use in a small Chinese notice, and keeps the rest of the state", async () => {
    const { page, log } = await open(`indicator.html?i=nonsense&y=1999&prov=${encodeURIComponent("湖南省")}&lvl=county&j=430203,999999`, "[data-role=url-notice]");
    const notice = (await page.locator("[data-role=url-notice]").textContent())!;
    for (const part of ["i=“nonsense”", "y=“1999”", "其余设置已保留"]) expect(notice).toContain(part);
    await expect.poll(() => page.locator("[data-role=url-notice]").textContent(), { timeout: 20_000 }).toContain("j=“999999”");
    expect(await page.locator("select[name=prov] option:checked").textContent()).toBe("湖南省");
    expect(await page.locator("select[name=lvl] option:checked").textContent()).toBe("县级");
    await expect.poll(() => new URL(page.url()).searchParams.get("j")).toBe("430203");
    const params = new URL(page.url()).searchParams;
    expect([params.get("prov"), params.get("lvl")]).toEqual(["湖南省", "county"]);
    expect(params.get("i")).not.toBe("nonsense");
    expect(params.get("y")).not.toBe("1999");
    expect(log.errors).toEqual([]);
    await page.close();
    // a valid address: no notice
    const fine = await open("indicator.html?i=recon_received&y=2023", "[data-chart=ranked] svg");
    expect(await fine.page.locator("[data-role=url-notice]").count()).toBe(0);
    await fine.page.close();
    // 对比, 地区 and the document view too
    for (const [path, parts] of [
      ["compare.html?j=430203,411381,999999&i=recon_received,bogus&y=1999", ["j=“999999”", "i=“bogus”", "y=“1999”"]],
      ["region/430203.html?i=bogus&y=1990", ["i=“bogus”", "y=“1990”"]],
      [`doc.html?id=${docId("004_441107c01ae2d665.txt")}&obs=bogus`, ["obs=“bogus”"]],
    ] as const) {
      const { page, log } = await open(path, "[data-role=url-notice]");
      const text = await page.locator("[data-role=url-notice]").textContent();
      for (const p of parts) expect(text, path).toContain(p);
      expect(log.errors, path).toEqual([]);
      if (path.startsWith("compare")) expect(await page.locator("table.fz-compare thead th").count()).toBe(3);
      if (path.startsWith("doc")) {
        expect(await page.locator("mark.selected").count()).toBe(0);
        await expect.poll(() => new URL(page.url()).searchParams.get("obs")).toBeNull();
      }
      await page.close();
    }
  }, 120_000);

  it("explains Framework's build lines ([missing] success) in one line of the build's output", () => {
    const lines = buildLog.split("\n").filter((l) => l.includes("[postbuild] 说明"));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain("“[missing] success”表示该数据文件没有缓存、本次已重新生成且成功");
    expect(lines[0]).toContain("not an error");
  });

  it("made no request to any host but 127.0.0.1", () => {
    expect(requests.size).toBeGreaterThan(0);
    expect(session.external).toEqual([]);
    expect(existsSync(join(ROOT, "dist", "index.html"))).toBe(true);
  });
});
