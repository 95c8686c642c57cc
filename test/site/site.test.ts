// The built site in Debian's Chromium, served from a sub-path on 127.0.0.1: every page opens without errors and
// makes no request to another host, charts are drawn, qualified/partial/flagged/missing values are marked, a
// highlighted number shows its evidence, the view's state round-trips through the URL, only the notebook loads
// DuckDB-WASM (and its SQL runs), the downloads are what they claim, and report text is escaped.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { startServer } from "../../scripts/serve.ts";
import { readCsv } from "../../pipeline/eval/score.ts";
import { ROOT } from "../pipeline/helpers.ts";
import { launch, openPage, settle, type Session } from "./browser.ts";
import { sliceFile } from "../../src/lib/slices.ts";
import { openWarehouse } from "../../src/lib/warehouse.ts";

const BASE = "/intranet/fazhi/";
const SHOTS = join(ROOT, "test", "screenshots");
const INJECTED = "zz_injected.txt";
let server: Server;
let url = "";
let session: Session;
let docs: Record<string, string>[] = [];
let obs: Record<string, string>[] = [];
let dataDir = "";
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
  writeFileSync(join(raw, INJECTED), seed.replace("2023年我区共调解案件774件", "<script>window.__pwned=1</script><b>粗体</b>2023年我区共调解案件774件"));
  const tsx = join(ROOT, "node_modules", ".bin", "tsx");
  const args = ["pipeline/cli.ts", "--input", raw, "--db", join(data, "warehouse.duckdb"), "--parquet", join(data, "parquet"), "--export", join(data, "export"), "--quiet"];
  const p = spawnSync(tsx, args, { cwd: ROOT, encoding: "utf8" });
  expect(p.status, p.stderr).toBe(0);
  docs = readCsv(join(data, "export", "documents.csv"));
  obs = readCsv(join(data, "export", "observations.csv"));
  const b = spawnSync("npm", ["run", "-s", "build"], { cwd: ROOT, encoding: "utf8", env: { ...process.env, FAZHI_DATA_DIR: data } });
  expect(b.status, (b.stdout + b.stderr).slice(-3000)).toBe(0);
  ({ server, url } = await startServer({ dir: join(ROOT, "dist"), port: 0, host: "127.0.0.1", base: BASE }));
  session = await launch();
  mkdirSync(SHOTS, { recursive: true });
}, 600_000);

afterAll(async () => {
  await session?.close();
  await new Promise((r) => server?.close(r));
});

async function open(path: string, ready?: string) {
  const { page, log } = await openPage(session);
  const seen: string[] = [];
  page.on("request", (r) => seen.push(r.url()));
  requests.set(path, seen);
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

  it("marks qualified, partial-period and flagged headline values, and shows missing as 无数据 (not a bar)", async () => {
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
      // Every jurisdiction with a report is listed; those without this value say 无数据 and get no bar.
      const rows = await page.locator("tr[data-code]").count();
      const missing = await page.locator("tr[data-missing]").count();
      expect(rows).toBe(new Set(withCode.map((d) => d.jurisdiction_code)).size);
      expect(missing).toBeGreaterThan(0);
      for (const tr of await page.locator("tr[data-missing]").all()) expect(await tr.textContent()).toContain("无数据");
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

  it("draws the province tile grid with 31 tiles", async () => {
    const { page } = await open("indicator.html", "[data-chart=tiles] svg");
    const names = await page.locator("[data-chart=tiles] .fz-tile-name text").allTextContents();
    expect(names.length).toBe(31);
    for (const p of ["北京", "新疆", "海南", "黑龙江", "上海", "西藏"]) expect(names).toContain(p);
    const values = await page.locator("[data-chart=tiles] .fz-tile-value text").allTextContents();
    expect(values.length).toBe(31);
    // the sample has no province-level report: every tile must say so rather than show a number
    const provinceDocs = docs.filter((d) => d.admin_level === "province" && d.status === "ok");
    if (provinceDocs.length === 0) expect(new Set(values)).toEqual(new Set(["无数据"]));
    await page.close();
  }, 90_000);

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

  it("made no request to any host but 127.0.0.1", () => {
    expect(requests.size).toBeGreaterThan(0);
    expect(session.external).toEqual([]);
    expect(existsSync(join(ROOT, "dist", "index.html"))).toBe(true);
  });
});
