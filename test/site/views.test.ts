// Unit tests for the comparisons the site draws (change since the previous report year, rank movement, peer medians,
// the tile map by level), the notice of unusable address parameters, the document name index, 最新报告's order, the
// share bar's pure helpers, and the static server on a busy port. In Node, without a browser.
import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { createServer, type Server } from "node:net";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { bounds, changeSince, changeTipLines, groupMedians, isPlain, median, medianLabel, notPlainReason, previousOf, rankMove, ranks } from "../../src/components/stats.ts";
import { compareDefaults, compareProblem, compareView, compareYears, whenLabel, type CompareValue } from "../../src/components/compare.ts";
import { levelTiles, TILES } from "../../src/components/tiles.ts";
import { checkParam, invalidParamsText, type ParamProblem } from "../../src/components/state.ts";
import { nameBucket, newestFirst } from "../../src/components/data.ts";
import { iframeCode } from "../../src/components/share.ts";
import { segments } from "../../src/components/spark.ts";
import { busyPortLine, startOnFreePort } from "../../scripts/serve.ts";
import { ROOT } from "../pipeline/helpers.ts";

const v = (year: number, value: number, more: Record<string, unknown> = {}) =>
  ({ code: "1", year, value, unit: "件", qualifier: "exact", period: "full_year", period_note: null, scope: "jurisdiction", is_derived: false, ...more }) as const;

describe("change since the previous report year", () => {
  it("subtracts two whole-year exact values and names both years", () => {
    const c = changeSince(v(2023, 149), v(2022, 120));
    expect(c.kind).toBe("change");
    if (c.kind !== "change") return;
    expect(c.text).toBe("较2022年 ↑ +29件（+24.2%）");
    expect(c.dir).toBe("up");
    expect(c.detail).toBe("2022年 120件 → 2023年 149件");
    expect(changeSince(v(2024, 90), v(2021, 100)).text).toBe("较2021年 ↓ −10件（−10%）");
    expect(changeSince(v(2024, 100), v(2023, 100)).text).toBe("较2023年持平（→）");
    // a rate moves by percentage points, not by a percentage of itself
    expect(changeSince(v(2023, 98.5, { unit: "%" }), v(2022, 96, { unit: "%" })).text).toBe("较2022年 ↑ +2.5个百分点");
    // from zero: no relative change
    expect(changeSince(v(2023, 4), v(2022, 0)).text).toBe("较2022年 ↑ +4件");
    expect(changeSince(v(2023, 4), null)).toEqual({ kind: "first", text: "无更早年度的数值" });
  });

  it("never subtracts a partial-year, approximate or 以上 value, and says why", () => {
    const partial = changeSince(v(2023, 11104), v(2022, 9000, { period: "partial", period_note: "截至11月底" }));
    expect(partial.kind).toBe("not_comparable");
    expect(partial.text).toBe("不作数值比较：2022年为部分时段（截至11月底）的数字，不是全年数");
    expect(partial.text).not.toMatch(/[+−]\d/);
    const approx = changeSince(v(2023, 774), v(2022, 800, { qualifier: "approx" }));
    expect(approx.text).toContain("2022年为约数（余、多、约）“≈800件”，不是确数");
    const atLeast = changeSince(v(2023, 96.7, { unit: "%" }), v(2022, 95, { unit: "%", qualifier: "at_least" }));
    expect(atLeast.kind).toBe("not_comparable");
    expect(atLeast.text).toContain("下限（以上、不少于）“≥95%”");
    expect(atLeast.kind === "not_comparable" && atLeast.dir).toBeNull();
    // …but the bounds can settle the direction: ≤10 then 15 is a rise, whatever the first value was
    const rise = changeSince(v(2023, 15), v(2022, 10, { qualifier: "at_most" }));
    expect(rise.kind === "not_comparable" && rise.dir).toBe("up");
    expect(rise.text).toMatch(/^较2022年上升（↑），幅度无法计算：/);
    const fall = changeSince(v(2023, 80), v(2022, 95, { qualifier: "at_least" }));
    expect(fall.kind === "not_comparable" && fall.dir).toBe("down");
    // a partial period never gives a direction, however the bounds fall
    expect(changeSince(v(2023, 5, { period: "partial" }), v(2022, 100)).kind === "not_comparable" && (changeSince(v(2023, 5, { period: "partial" }), v(2022, 100)) as { dir: unknown }).dir).toBeNull();
    // different scope or unit: no number either
    expect(changeSince(v(2023, 20, { scope: "government_level" }), v(2022, 10)).text).toContain("范围不同（2022年为全辖区，2023年为政府本级）");
    expect(changeSince(v(2023, 20, { unit: "人" }), v(2022, 10)).text).toContain("单位不同");
  });

  it("knows plain values, bounds and the reason a value is not plain", () => {
    expect(isPlain(v(2023, 1))).toBe(true);
    expect(isPlain(v(2023, 1, { qualifier: "approx" }))).toBe(false);
    expect(isPlain(v(2023, 1, { period: "cumulative" }))).toBe(false);
    expect(notPlainReason(v(2020, 5, { period: "cumulative" }))).toBe("2020年为跨年份的累计数，不是当年数");
    expect(bounds(v(2023, 5, { qualifier: "more_than" }))).toEqual([5, Infinity]);
    expect(bounds(v(2023, 5, { qualifier: "approx" }))).toBeNull();
  });

  it("takes a place's latest earlier value as its previous one, whatever years lie between", () => {
    const series = [v(2020, 1), v(2024, 4), v(2022, 2)];
    expect(previousOf(series, 2024)?.year).toBe(2022);
    expect(previousOf(series, 2020)).toBeNull();
    expect(previousOf(undefined, 2020)).toBeNull();
  });

  it("moves ranks only between plain values, and says how many were ranked each year", () => {
    const now = ranks([{ code: "a" }, { code: "b" }, { code: "c" }]);
    const before = ranks([{ code: "c" }, { code: "b" }]);
    expect(now.get("c")).toEqual([3, 3]);
    const m = rankMove(now.get("b"), before.get("b"), 2022, true);
    expect(m.text).toBe("第2/3（2022年 第2/2）名次不变");
    expect(m.kind === "move" && m.detail).toContain("两年参与排序的地区数不同");
    expect(rankMove(now.get("c"), before.get("c"), 2022, true).text).toBe("第3/3（2022年 第1/2）↓2");
    expect(rankMove(before.get("c"), now.get("c"), 2021, true).text).toBe("第1/2（2021年 第3/3）↑2");
    expect(rankMove(now.get("c"), before.get("c"), 2022, false).text).toBe("第3/3（名次变化不计：数值不可比）");
    expect(rankMove(now.get("a"), undefined, null, true).text).toBe("第1/3");
    expect(rankMove(undefined, undefined, null, true).text).toBe("");
  });
});

describe("the bars' tooltips on 指标", () => {
  it("add the table's change and rank movement, and nothing for a place without either", () => {
    const now = ranks([{ code: "a" }, { code: "b" }]);
    const before = ranks([{ code: "b" }, { code: "a" }]);
    const c = { change: changeSince(v(2023, 149), v(2022, 120)), move: rankMove(now.get("a"), before.get("a"), 2022, true) };
    expect(changeTipLines(c)).toEqual(["变化：较2022年 ↑ +29件（+24.2%）", "名次：第1/2（2022年 第2/2）↑1"]);
    expect(changeTipLines({ change: changeSince(v(2023, 4), null), move: rankMove(now.get("a"), undefined, null, true) })).toEqual(["变化：无更早年度的数值", "名次：第1/2"]);
    expect(changeTipLines({ change: changeSince(v(2023, 4), null), move: rankMove(undefined, undefined, null, true) })).toEqual(["变化：无更早年度的数值"]);
    expect(changeTipLines(undefined)).toEqual([]);
  });
});

describe("对比 (the page and its embeddable view)", () => {
  const place = (code: string, years: number[], level = "county") => ({ code, name: code, level, province_name: "P", years });
  const val = (code: string, year: number, id: string, value: number) => ({ ...v(year, value, { code }), indicator_id: id, obs_id: `d${code}${year}:1`, doc_id: `d${code}${year}`, flags: "", evidence: "", n_docs: 1, doc_title: null, doc_year: year }) as unknown as CompareValue;
  const values = [val("1", 2022, "x", 10), val("1", 2023, "x", 12), val("2", 2022, "x", 7), val("2", 2022, "y", 3)];
  const byKey = new Map(values.map((x) => [`${x.code}|${x.year}|${x.indicator_id}`, x]));
  const places = [place("1", [2022, 2023]), place("2", [2022]), place("3", [])];

  it("shows each place's value of the year, or its latest; a missing one named for what it is", () => {
    const latest = compareView(places, byKey, "latest");
    expect(latest.valueFor("1", "x")?.year).toBe(2023);
    expect(latest.valueFor("2", "x")?.year).toBe(2022);
    expect(latest.valueFor("1", "y")).toBeNull();
    expect([latest.missingFor("1"), latest.missingFor("3")]).toEqual(["not_given", "no_report"]);
    expect(latest.withoutReport).toEqual([]);
    const fixed = compareView(places, byKey, 2023);
    expect(fixed.valueFor("2", "x")).toBeNull();
    expect(fixed.withoutReport.map((j) => j.code)).toEqual(["2", "3"]);
    expect(fixed.drawn.map((j) => j.code)).toEqual(["1"]);
  });

  it("offers 各地最新 and the years newest first, the verified indicators by default, and says what is missing", () => {
    expect(compareYears([2020, 2023, 2022])).toEqual(["latest", 2023, 2022, 2020]);
    expect([whenLabel("latest"), whenLabel(2023)]).toEqual(["各地最新", "2023年"]);
    const ind = (id: string, tracked: boolean) => ({ indicator_id: id, name_zh: id, unit: "件", tracked });
    const many = [ind("e", false), ...Array.from({ length: 10 }, (_, k) => ind(`t${k}`, true))];
    expect(compareDefaults(many).map((i) => i.indicator_id)).toEqual(["t0", "t1", "t2", "t3", "t4", "t5", "t6", "t7"]);
    expect(compareProblem(1, 3)).toBe("请至少选择 2 个地区。");
    expect(compareProblem(7, 3)).toBe("最多比较 6 个地区（当前 7 个）。");
    expect(compareProblem(2, 0)).toBe("请至少选择 1 个指标。");
    expect(compareProblem(6, 1)).toBeNull();
  });
});

describe("peer medians", () => {
  it("count whole-year exact values only, and say over how many and how many were left out", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
    const values = [v(2023, 149), v(2023, 90, { code: "2" }), v(2023, 98, { code: "3", qualifier: "at_least" }), v(2023, 7, { code: "4", period: "partial" })];
    const stats = groupMedians(values, (x) => ["all", x.code === "1" ? "one" : null]);
    expect(stats.get("all")).toEqual({ median: 119.5, n: 2, excluded: 2 });
    expect(stats.get("one")).toEqual({ median: 149, n: 1, excluded: 0 });
    expect(medianLabel(stats.get("all"), "件")).toBe("119.5件（n=2，另 2 个不计入）");
    expect(medianLabel({ median: null, n: 0, excluded: 1 })).toBe("无可计入的数值（1 个不计入）");
    expect(medianLabel(undefined)).toBe("无数值");
  });

  it("tile each province by the median of its places of the chosen level, or say why there is none", () => {
    const js = [
      { code: "430203", name: "芦淞区", level: "county", years: [2022, 2023] },
      { code: "430202", name: "荷塘区", level: "county", years: [2023] },
      { code: "430200", name: "株洲市", level: "prefecture", years: [2023] },
      { code: "411381", name: "邓州市", level: "county", years: [2024] },
      { code: "110112", name: "通州区", level: "county", years: [2023] },
      { code: "320612", name: "通州区", level: "county", years: [2023] },
      { code: "430000", name: "湖南省", level: "province", years: [2023] },
    ];
    const values: Record<string, ReturnType<typeof v>> = {
      "430203": v(2023, 149, { code: "430203" }),
      "430202": v(2023, 90, { code: "430202" }),
      "320612": v(2023, 238, { code: "320612", qualifier: "approx" }),
      "430000": v(2023, 5, { code: "430000", period: "partial" }),
    };
    const county = levelTiles(js, (c) => values[c] ?? null, 2023, "county");
    expect(county.length).toBe(TILES.length);
    const tile = (p: string) => county.find((t) => t.code === p)!;
    expect(tile("43")).toMatchObject({ places: 2, reported: 2, stat: { median: 119.5, n: 2, excluded: 0 }, missing: null });
    expect(tile("43").members.map((m) => m.name)).toEqual(["芦淞区", "荷塘区"]);
    expect(tile("41")).toMatchObject({ places: 1, reported: 0, missing: "no_report" }); // 邓州市: no 2023 report
    expect(tile("11")).toMatchObject({ places: 1, reported: 1, missing: "not_given" }); // 通州区 (北京): silent
    expect(tile("32")).toMatchObject({ missing: "not_plain", stat: { median: null, n: 0, excluded: 1 } }); // ≈238 only
    expect(tile("65")).toMatchObject({ places: 0, missing: "no_places" });
    // the province level: the province's own value, marked as it is (a partial value still shown)
    const province = levelTiles(js, (c) => values[c] ?? null, 2023, "province");
    expect(province.find((t) => t.code === "43")).toMatchObject({ own: { value: 5, period: "partial" }, missing: null });
    expect(province.find((t) => t.code === "11")!.missing).toBe("no_places");
    const prefecture = levelTiles(js, (c) => values[c] ?? null, 2023, "prefecture");
    expect(prefecture.find((t) => t.code === "43")).toMatchObject({ places: 1, reported: 1, missing: "not_given" });
  });
});

describe("address parameters the page cannot use", () => {
  it("are named with their value, why, and what is shown instead", () => {
    const problems: ParamProblem[] = [];
    checkParam(problems, "nonsense", ["recon_received"], { param: "i", label: "指标", why: "不存在或没有任何数值", instead: "改为显示行政复议申请收到数" });
    checkParam(problems, "recon_received", ["recon_received"], { param: "i", label: "指标", why: "x" });
    checkParam(problems, "2023", [2023], { param: "y", label: "年份", why: "x" }); // compared as strings
    checkParam(problems, undefined, [2023], { param: "y", label: "年份", why: "x" });
    checkParam(problems, "", [2023], { param: "y", label: "年份", why: "x" });
    checkParam(problems, "1999", [2023], { param: "y", label: "年份", why: "没有该年度的报告", instead: "改为2023年" });
    expect(problems.map((p) => p.param)).toEqual(["i", "y"]);
    expect(invalidParamsText(problems)).toBe("地址中有 2 个参数无法使用，已忽略：指标（i=“nonsense”）不存在或没有任何数值，改为显示行政复议申请收到数；年份（y=“1999”）没有该年度的报告，改为2023年。其余设置已保留。");
    expect(invalidParamsText([])).toBe("");
    // a long value is cut, and stays text (the notice is built with text nodes)
    expect(invalidParamsText([{ param: "i", label: "指标", value: "<script>".repeat(10), why: "不存在" }])).toContain("<script><script>");
    expect(invalidParamsText([{ param: "i", label: "指标", value: "x".repeat(100), why: "不存在" }])).toContain(`${"x".repeat(40)}…`);
  });
});

describe("the document name index and 最新报告", () => {
  it("puts a file name in one of 64 buckets, the same in Node and the browser", () => {
    expect(nameBucket("004_441107c01ae2d665.txt")).toMatch(/^[0-3][0-9a-f]$/);
    expect(nameBucket("004_441107c01ae2d665.txt")).toBe(nameBucket("004_441107c01ae2d665.txt"));
    // FNV-1a of "a" is 0xe40c292c: 0x2c % 64 = 44 = 0x2c
    expect(nameBucket("a")).toBe("2c");
    expect(nameBucket("芦淞区2023年报告.docx")).toMatch(/^[0-3][0-9a-f]$/);
    expect(new Set(Array.from({ length: 500 }, (_, i) => nameBucket(`${i}.txt`))).size).toBe(64);
  });

  it("lists the newest reports first: by report year, then publication date, undated last", () => {
    const docs = [
      { doc_id: "a", report_year: 2022, published_on: "2023-02-09", province_name: "湖北省" },
      { doc_id: "b", report_year: 2024, published_on: null, province_name: "河南省" },
      { doc_id: "c", report_year: 2023, published_on: "2024-01-31", province_name: "辽宁省" },
      { doc_id: "d", report_year: 2023, published_on: "2024-02-23", province_name: "湖南省" },
      { doc_id: "e", report_year: 2023, published_on: null, province_name: "北京市" },
      { doc_id: "f", report_year: null, published_on: "2025-01-01", province_name: null },
    ];
    expect(newestFirst(docs).map((d) => d.doc_id)).toEqual(["b", "d", "c", "e", "a", "f"]);
  });
});

describe("the share bar and the embeddable view", () => {
  it("writes the <iframe> code with its attributes escaped", () => {
    const code = iframeCode("http://host/sub/embed.html?chart=ranked&i=x&y=2023", '法治指标："测试"<b>', 600);
    expect(code).toBe('<iframe src="http://host/sub/embed.html?chart=ranked&amp;i=x&amp;y=2023" title="法治指标：&quot;测试&quot;&lt;b&gt;" width="100%" height="600" style="border:0;max-width:100%" loading="lazy"></iframe>');
  });
  it("breaks a small chart's line at a year without a value", () => {
    expect(segments([{ x: 0, y: 1 }, { x: 1, y: 2 }, { x: 2, y: null }, { x: 3, y: 4 }])).toBe("M0,1L1,2M3,4");
    expect(segments([])).toBe("");
  });
});

describe("the static server on a busy port", () => {
  /** A folder with an index.html: all the server needs to start. */
  const site = () => {
    const dir = mkdtempSync(join(tmpdir(), "fazhi-serve-"));
    writeFileSync(join(dir, "index.html"), "<!DOCTYPE html><title>x</title>");
    return dir;
  };

  it("says so in one Chinese/English line and takes the next port", async () => {
    expect(busyPortLine(3000, 3001)).toBe("端口 3000 已被占用，改用 3001 / port 3000 is in use, trying 3001（指定端口 / choose one: npm run serve -- --port 8080）");
    expect(busyPortLine(3009, null, 3000)).toBe("端口 3000–3009 都已被占用 / ports 3000–3009 are all in use — 请用 --port 指定一个空闲端口 / 指定端口 / choose one: npm run serve -- --port 8080");
    const blocker = await listenAnywhere();
    const port = (blocker.address() as { port: number }).port;
    const said: string[] = [];
    try {
      const { server, url } = await startOnFreePort({ dir: site(), port, host: "127.0.0.1", tries: 20, say: (l) => said.push(l) });
      server.close();
      expect(said[0]).toBe(busyPortLine(port, port + 1));
      expect(Number(new URL(url).port)).toBeGreaterThan(port);
      // every port taken: the last line says so, and how to choose one
      const said2: string[] = [];
      await expect(startOnFreePort({ dir: site(), port, host: "127.0.0.1", tries: 1, say: (l) => said2.push(l) })).rejects.toThrow();
      expect(said2).toEqual([busyPortLine(port, null, port)]);
    } finally {
      blocker.close();
    }
  });

  it("`npm run serve` on a busy port prints one line and serves on the next; without a build, one line", async () => {
    const blocker = await listenAnywhere();
    const port = (blocker.address() as { port: number }).port;
    try {
      const out = await runServe(["--port", String(port), "--dir", site()]);
      expect(out.stderr.trim().split("\n")).toEqual([busyPortLine(port, port + 1)]);
      expect(out.stdout).toMatch(new RegExp(`网站已启动：http://127\\.0\\.0\\.1:${port + 1}/`));
      expect(out.stdout + out.stderr).not.toMatch(/\n\s+at |EADDRINUSE|Error:/);
      const missing = await runServe(["--port", String(port), "--dir", join(tmpdir(), "fazhi-no-such-dist")]);
      expect(missing.stderr.trim().split("\n")).toHaveLength(1);
      expect(missing.stderr).toContain("请先运行 npm run build");
      expect(missing.stderr).toContain("run npm run build first");
      expect(missing.code).toBe(1);
      const bad = await runServe(["--port", "abc", "--dir", site()]);
      expect(bad.stderr.trim()).toBe("端口“abc”无效，应为 0–65535 的整数 / invalid port \"abc\": a whole number 0–65535");
    } finally {
      blocker.close();
    }
  }, 60_000);
});

/** A TCP server on a free port of 127.0.0.1 (what makes the port busy). */
function listenAnywhere(): Promise<Server> {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once("error", fail);
    s.listen(0, "127.0.0.1", () => ok(s));
  });
}

/** Run scripts/serve.ts with `args` until it says it started (then stop it) or exits. */
function runServe(args: string[], timeout = 20_000): Promise<{ stdout: string; stderr: string; code: number | null }> {
  return new Promise((ok) => {
    const p = spawn(join(ROOT, "node_modules", ".bin", "tsx"), ["scripts/serve.ts", ...args], { cwd: ROOT });
    let stdout = "";
    let stderr = "";
    const done = (code: number | null) => {
      clearTimeout(timer);
      ok({ stdout, stderr, code });
    };
    p.stdout.on("data", (d) => {
      stdout += d;
      if (stdout.includes("按 Ctrl+C 停止")) {
        p.kill("SIGTERM");
      }
    });
    p.stderr.on("data", (d) => (stderr += d));
    p.on("exit", (code) => done(code));
    const timer = setTimeout(() => p.kill("SIGKILL"), timeout);
  });
}
