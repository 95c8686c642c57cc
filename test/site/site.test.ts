// The built site in Debian's Chromium, served from a sub-path on 127.0.0.1: every page opens without errors and
// makes no request to another host, charts are drawn, a highlighted number shows its evidence, the view's state
// round-trips through the URL, and report text is escaped (a report containing <script> renders as text).
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer } from "../../scripts/serve.ts";
import { readCsv } from "../../pipeline/eval/score.ts";
import { ROOT } from "../pipeline/helpers.ts";
import { launch, openPage, settle, type Session } from "./browser.ts";

const BASE = "/intranet/fazhi/";
const SHOTS = join(ROOT, "test", "screenshots");
const INJECTED = "zz_injected.txt";
let server: Server;
let url = "";
let session: Session;
let docs: Record<string, string>[] = [];

beforeAll(async () => {
  // A data folder of its own: the sample plus a report whose text carries markup.
  const data = mkdtempSync(join(tmpdir(), "fazhi-site-"));
  const raw = join(data, "raw");
  cpSync(join(ROOT, "data", "raw"), raw, { recursive: true });
  const seed = readFileSync(join(raw, "004_441107c01ae2d665.txt"), "utf8");
  writeFileSync(join(raw, INJECTED), seed.replace("2023年我区共调解案件774件", "<script>window.__pwned=1</script><b>粗体</b>2023年我区共调解案件774件"));
  const tsx = join(ROOT, "node_modules", ".bin", "tsx");
  const args = ["pipeline/cli.ts", "--input", raw, "--db", join(data, "warehouse.duckdb"), "--parquet", join(data, "parquet"), "--export", join(data, "export"), "--quiet"];
  const p = spawnSync(tsx, args, { cwd: ROOT, encoding: "utf8" });
  expect(p.status, p.stderr).toBe(0);
  docs = readCsv(join(data, "export", "documents.csv"));
  const b = spawnSync("npm", ["run", "-s", "build"], { cwd: ROOT, encoding: "utf8", env: { ...process.env, FAZHI_DATA_DIR: data } });
  expect(b.status, b.stderr.slice(-2000)).toBe(0);
  ({ server, url } = await startServer({ dir: join(ROOT, "dist"), port: 0, host: "127.0.0.1", base: BASE }));
  session = await launch();
  mkdirSync(SHOTS, { recursive: true });
}, 600_000);

afterAll(async () => {
  await session?.close();
  await new Promise((r) => server?.close(r));
});

const PAGES: [string, boolean][] = [
  ["index.html", true], ["indicator.html", true], ["compare.html", true], ["regions.html", false], ["reports.html", false],
  ["quality.html", false], ["method.html", false], ["notebook.html", false], ["download.html", false], ["region/430203.html", true],
];

describe("site", () => {
  it.each(PAGES)("%s opens with no errors and no outside requests", async (path, chart) => {
    const { page, log } = await openPage(session);
    await page.goto(url + path);
    const shown = await settle(page, chart ? "svg" : undefined, 60_000);
    await page.screenshot({ path: join(SHOTS, `${path.replace(/\W/g, "_")}.png`), fullPage: true });
    expect(shown).toEqual([]);
    expect(log.errors).toEqual([]);
    expect(log.failed).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("zh-CN");
    if (chart) expect(await page.locator("svg rect, svg circle, svg path, svg line").count()).toBeGreaterThan(0);
    await page.close();
  }, 90_000);

  it("shows a number's indicator and evidence when it is clicked in the document view", async () => {
    const doc = docs.find((d) => d.file_name === "004_441107c01ae2d665.txt")!;
    const { page, log } = await openPage(session);
    await page.goto(`${url}doc/${doc.doc_id}.html`);
    await settle(page, "mark", 60_000);
    const mark = page.locator("mark", { hasText: "774件" }).first();
    await mark.click();
    const detail = page.locator("[data-role=detail]");
    await expect.poll(() => detail.textContent(), { timeout: 10_000 }).toContain("mediation_cases");
    expect(await detail.textContent()).toContain("2023年我区共调解案件774件");
    expect(page.url()).toMatch(/[?&]obs=/);
    await page.screenshot({ path: join(SHOTS, "doc.png"), fullPage: true });
    expect(log.errors).toEqual([]);
    await page.close();
  }, 90_000);

  it("renders markup inside a report as text", async () => {
    const doc = docs.find((d) => d.file_name === INJECTED)!;
    const { page, log } = await openPage(session);
    await page.goto(`${url}doc/${doc.doc_id}.html`);
    await settle(page, "mark", 60_000);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator("main").textContent()).toContain("<script>window.__pwned=1</script>");
    expect(await page.locator("main b", { hasText: "粗体" }).count()).toBe(0);
    expect(log.errors).toEqual([]);
    await page.close();
  }, 90_000);

  it("keeps the indicator view's state in the URL so a link reproduces it", async () => {
    const { page } = await openPage(session);
    await page.goto(`${url}indicator.html?i=mediation_success_rate&y=2023`);
    await settle(page, "svg", 60_000);
    expect(page.url()).toContain("i=mediation_success_rate");
    expect(page.url()).toContain("y=2023");
    const again = await openPage(session);
    await again.page.goto(page.url());
    await settle(again.page, "svg", 60_000);
    expect(again.page.url()).toBe(page.url());
    const selects = await again.page.locator("select").evaluateAll((els) => els.map((e) => (e as HTMLSelectElement).selectedOptions[0]?.textContent ?? ""));
    expect(selects.join(" ")).toContain("2023年");
    await page.close();
    await again.page.close();
  }, 90_000);

  it("made no request to any host but 127.0.0.1", () => {
    expect(session.external).toEqual([]);
  });
});
