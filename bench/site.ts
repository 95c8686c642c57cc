// npm run bench:site -- --data DIR [--runs 3] [--skip-build] [--out bench/site-results.json]
// The site at national scale (issue 5): builds it against the pipeline output in DIR (FAZHI_DATA_DIR), times the
// build, measures dist/, serves dist/ under a sub-path on 127.0.0.1 with scripts/serve.ts and, in Debian's Chromium
// driven by playwright-core (a fresh profile per run, so nothing is cached), measures for the 总览, 指标 and one
// 地区 (profile) page: bytes transferred (response bodies as sent, with and without DuckDB-WASM), time from
// navigation start to the first SVG mark of the page's main chart, and on the 指标 page the time from switching the
// indicator or the year to the chart's SVG being replaced. Medians over the runs; the load average is recorded with
// every measurement because the machine is shared. Writes bench/site-results.json.
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { loadavg, cpus } from "node:os";
import { join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { execFileSync } from "node:child_process";
import type { Page } from "playwright-core";
import { startServer } from "../scripts/serve.ts";
import { launch, openPage, settle } from "../test/site/browser.ts";

const ROOT = resolve(import.meta.dirname, "..");
const { values: args } = parseArgs({
  options: {
    data: { type: "string" },
    runs: { type: "string", default: "3" },
    switches: { type: "string", default: "5" },
    "skip-build": { type: "boolean", default: false },
    out: { type: "string", default: join(ROOT, "bench", "site-results.json") },
  },
});
if (!args.data) {
  console.error("usage: npm run bench:site -- --data DIR   (DIR holds parquet/ from `npm run pipeline -- --parquet DIR/parquet …`)");
  process.exit(2);
}
const DATA = resolve(args.data);
const RUNS = Number(args.runs);
const SWITCHES = Number(args.switches);
const DIST = join(ROOT, "dist");
const BASE = "/bench/fazhi/";
const TARGETS = { pageBytes: 1.5e6, firstChartMs: 1000, redrawMs: 100, note: "page bytes exclude DuckDB-WASM" };

const log = (s: string) => process.stderr.write(`[bench:site] ${s}\n`);
const round = (x: number, d = 0) => Math.round(x * 10 ** d) / 10 ** d;
const load = () => round(loadavg()[0]!, 2);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2) : NaN;
};

function run(cmd: string, argv: string[], env: NodeJS.ProcessEnv): Promise<{ ms: number; out: string }> {
  return new Promise((ok, fail) => {
    const t0 = performance.now();
    const p = spawn(cmd, argv, { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    p.stdout.on("data", (d) => (out += d));
    p.stderr.on("data", (d) => (out += d));
    p.on("error", fail);
    p.on("close", (code) => (code === 0 ? ok({ ms: Math.round(performance.now() - t0), out }) : fail(new Error(`${cmd} ${argv.join(" ")} exited ${code}:\n${out.slice(-3000)}`))));
  });
}

/** The same three steps as `npm run build` (prebuild, build, postbuild), timed one by one. */
async function build() {
  const env = { ...process.env, FAZHI_DATA_DIR: DATA, OBSERVABLE_TELEMETRY_DISABLE: "1" };
  const bin = (n: string) => join(ROOT, "node_modules", ".bin", n);
  const load1 = load();
  log(`building the site from ${DATA} (load ${load1})`);
  const seed = await run(bin("tsx"), ["scripts/seed-observable-cache.ts", "src"], env);
  const ensure = await run(bin("tsx"), ["scripts/ensure-warehouse.ts"], env);
  const framework = await run(bin("observable"), ["build"], env);
  const post = await run(bin("tsx"), ["scripts/postbuild.ts", "dist"], env);
  const slices = /(\d+) 个数据切片（([\d.]+) MB，gzip）.*用时 ([\d.]+) 秒/.exec(post.out);
  const pages = /\((\d+) pages\)/.exec(framework.out);
  return {
    load1AtStart: load1,
    load1AtEnd: load(),
    prebuildMs: seed.ms + ensure.ms,
    frameworkMs: framework.ms,
    postbuildMs: post.ms,
    totalMs: seed.ms + ensure.ms + framework.ms + post.ms,
    pages: pages ? Number(pages[1]) : null,
    slices: slices ? { files: Number(slices[1]), mb: Number(slices[2]), writeSec: Number(slices[3]) } : null,
  };
}

function walk(dir: string): { path: string; bytes: number }[] {
  const out: { path: string; bytes: number }[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...walk(p));
    else out.push({ path: relative(DIST, p), bytes: statSync(p).size });
  }
  return out;
}

function distStats() {
  const files = walk(DIST);
  const sum = (fs: typeof files) => fs.reduce((a, f) => a + f.bytes, 0);
  const slices = files.filter((f) => f.path.startsWith("_file/data/slices/"));
  const byKind = new Map<string, typeof files>();
  for (const f of slices) {
    const k = f.path.split("/")[3]!;
    byKind.set(k, [...(byKind.get(k) ?? []), f]);
  }
  const downloads = files.filter((f) => /\.(csv|parquet)$/.test(f.path));
  return {
    files: files.length,
    mb: round(sum(files) / 1e6, 1),
    slices: {
      files: slices.length,
      mb: round(sum(slices) / 1e6, 1),
      byKind: Object.fromEntries([...byKind].map(([k, fs]) => [k, { files: fs.length, mb: round(sum(fs) / 1e6, 2), largestKB: round(Math.max(...fs.map((f) => f.bytes)) / 1e3, 1) }])),
    },
    downloadsMB: round(sum(downloads) / 1e6, 1),
    largest: [...files].sort((a, b) => b.bytes - a.bytes).slice(0, 8).map((f) => ({ path: f.path, kb: round(f.bytes / 1e3) })),
  };
}

/** A hashed file Framework wrote under dist/_file/data/ (catalog.<hash>.json …). */
function distJson(name: string): any {
  const dir = join(DIST, "_file", "data");
  const f = readdirSync(dir).find((x) => new RegExp(`^${name}\\.[0-9a-f]+\\.json$`).test(x));
  if (!f) throw new Error(`dist/_file/data/${name}.*.json not found`);
  return JSON.parse(readFileSync(join(dir, f), "utf8"));
}

/** bytes: the response body as sent (Content-Length; what crossed the wire); decoded: after any Content-Encoding. */
/**
 * CPU seconds (user + system) used so far by every Chromium process of one session (found by its profile folder in
 * the command line): a measure of the page's work that, unlike wall time, does not grow with the machine's load.
 */
function chromiumCpuMs(profileDir: string): number {
  const tick = 100; // USER_HZ on Linux
  const procs = new Map<number, { ppid: number; cpu: number; mine: boolean }>();
  for (const pid of readdirSync("/proc")) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const mine = readFileSync(`/proc/${pid}/cmdline`, "utf8").includes(profileDir);
      procs.set(Number(pid), { ppid: Number(f[1]), cpu: Number(f[11]) + Number(f[12]), mine }); // utime, stime
    } catch {
      // the process ended
    }
  }
  // the browser process names the profile; renderers and helpers are its descendants (through the zygote)
  const inSession = (pid: number): boolean => {
    for (let p = procs.get(pid), n = 0; p && n < 10; p = procs.get(p.ppid), n++) if (p.mine) return true;
    return false;
  };
  let total = 0;
  for (const [pid, p] of procs) if (inSession(pid)) total += p.cpu;
  return (total * 1000) / tick;
}

interface Transfer { url: string; bytes: number; decoded: number }

/** Open `path` in a fresh browser profile; time to the first SVG mark matching `mark`; bytes of every response. */
async function measurePage(url: string, path: string, mark: string, after?: (page: Page, profileDir?: string) => Promise<unknown>) {
  const session = await launch();
  try {
    const { page, log: plog } = await openPage(session);
    const transfers: Transfer[] = [];
    const pending: Promise<void>[] = [];
    page.on("requestfinished", (r) => {
      pending.push((async () => {
        const s = await r.sizes().catch(() => null);
        const res = await r.response();
        let bytes = s?.responseBodySize ?? 0;
        if (!bytes) bytes = Number(res?.headers()["content-length"] ?? 0);
        const decoded = (await res?.body().catch(() => null))?.length ?? bytes;
        transfers.push({ url: r.url(), bytes, decoded });
      })());
    });
    // A string, not a function: tsx would wrap a function's inner helpers in __name(), which the page lacks.
    await page.addInitScript(`(() => {
      const sel = ${JSON.stringify(mark)};
      const mo = new MutationObserver(() => {
        if (window.__fzFirstMark == null && document.querySelector(sel)) {
          window.__fzFirstMark = performance.now();
          mo.disconnect();
        }
      });
      mo.observe(document, { childList: true, subtree: true });
    })();`);
    const load1 = load();
    const cpu0 = session.profileDir ? chromiumCpuMs(session.profileDir) : NaN;
    await page.goto(url + path);
    await page.waitForSelector(mark, { timeout: 120_000 });
    const cpuFirst = session.profileDir ? chromiumCpuMs(session.profileDir) : NaN;
    const shown = await settle(page, mark, 120_000);
    const cpuSettled = session.profileDir ? chromiumCpuMs(session.profileDir) : NaN;
    const firstMarkMs = await page.evaluate(() => (window as unknown as { __fzFirstMark?: number }).__fzFirstMark ?? NaN);
    const nav = await page.evaluate(() => {
      const n = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming | undefined;
      return n ? { domContentLoaded: n.domContentLoadedEventEnd, load: n.loadEventEnd } : null;
    });
    await Promise.all(pending);
    // The page as opened; what the redraws below fetch is not counted here.
    const opened = [...transfers];
    const duck = opened.filter((t) => /duckdb/i.test(t.url));
    const sum = (ts: Transfer[]) => ts.reduce((a, t) => a + t.bytes, 0);
    const measured = {
      load1,
      firstChartMs: round(firstMarkMs, 1),
      // Chromium's CPU time from navigation until the chart was seen by waitForSelector / until the page settled
      chromiumCpuToChartMs: cpuFirst - cpu0,
      chromiumCpuToSettledMs: cpuSettled - cpu0,
      domContentLoadedMs: nav ? round(nav.domContentLoaded, 1) : null,
      requests: opened.length,
      bytes: sum(opened),
      decodedBytes: opened.reduce((a, t) => a + t.decoded, 0),
      bytesWithoutDuckdb: sum(opened) - sum(duck),
      duckdbBytes: sum(duck),
      largest: [...opened].sort((a, b) => b.bytes - a.bytes).slice(0, 6).map((t) => ({ url: t.url.slice(url.length), kb: round(t.bytes / 1e3, 1) })),
    };
    const extra = after ? await after(page, session.profileDir) : undefined;
    const result = {
      ...measured,
      errors: [...plog.errors, ...plog.failed, ...shown],
      external: [...session.external],
      extra,
    };
    await page.close();
    return result;
  } finally {
    await session.close();
  }
}

/** In the page: change a <select>, time until the ranked chart's SVG is replaced (and until the next frame). */
async function redraw(page: Page, name: string, value: string, profileDir?: string) {
  await page.waitForTimeout(300); // let the previous redraw's fetches and layout finish
  const cpu0 = profileDir ? chromiumCpuMs(profileDir) : NaN;
  const r = await page.evaluate(({ name, value }) => new Promise<{ replacedMs: number; nextFrameMs: number; load?: number }>((ok, fail) => {
    const select = document.querySelector(`select[name=${name}]`) as HTMLSelectElement | null;
    if (!select) return fail(new Error(`no select[name=${name}]`));
    const old = document.querySelector("[data-chart=ranked] svg");
    const timer = setTimeout(() => fail(new Error(`chart not redrawn after ${name}=${value}`)), 30_000);
    let t0 = 0;
    const mo = new MutationObserver(() => {
      const svg = document.querySelector("[data-chart=ranked] svg");
      if (!svg || svg === old || !svg.isConnected) return;
      const t1 = performance.now();
      mo.disconnect();
      clearTimeout(timer);
      requestAnimationFrame(() => setTimeout(() => ok({ replacedMs: t1 - t0, nextFrameMs: performance.now() - t0 })));
    });
    mo.observe(document.getElementById("observablehq-main") ?? document.body, { childList: true, subtree: true });
    t0 = performance.now();
    select.value = value;
    select.dispatchEvent(new Event("input", { bubbles: true }));
  }), { name, value });
  // Chromium's CPU time for the whole switch (10 ms clock ticks; includes the evaluate round trip)
  return { ...r, chromiumCpuMs: (profileDir ? chromiumCpuMs(profileDir) : NaN) - cpu0 };
}

async function main() {
  const started = new Date().toISOString();
  const uptimeStart = execFileSync("uptime").toString().trim();
  const b = args["skip-build"] ? null : await build();
  if (b) log(`build ${(b.totalMs / 1000).toFixed(1)} s (framework ${(b.frameworkMs / 1000).toFixed(1)} s, slices ${(b.postbuildMs / 1000).toFixed(1)} s)`);
  const dist = distStats();
  log(`dist ${dist.mb} MB in ${dist.files} files`);

  const catalog = distJson("catalog");
  const jt = distJson("jurisdictions");
  const jurisdictions = jt.rows.map((r: unknown[]) => Object.fromEntries(jt.fields.map((f: string, i: number) => [f, r[i]])));
  // The profile page: the jurisdiction with the most comparable values (the largest region file).
  const region = jurisdictions.reduce((a: any, j: any) => (j.value_count > a.value_count ? j : a), jurisdictions[0]);
  // Indicator/year combinations that have values, most first: switches go to views not seen before (cold fetch).
  const counts: { indicator_id: string; year: number; n: number }[] = [...catalog.value_counts].sort((a, b) => b.n - a.n);

  const { server, url } = await startServer({ dir: DIST, port: 0, host: "127.0.0.1", base: BASE });
  const pages: Record<string, any[]> = { index: [], indicator: [], region: [] };
  try {
    for (let r = 0; r < RUNS; r++) {
      log(`run ${r + 1}/${RUNS} (load ${load()})`);
      pages.index!.push(await measurePage(url, "index.html", "[data-chart=per-year] svg rect"));
      pages.region!.push(await measurePage(url, `region/${region.code}.html`, "[data-chart=peers] svg .fz-bar rect"));
      pages.indicator!.push(await measurePage(url, "indicator.html", "[data-chart=ranked] svg .fz-bar rect", async (page, profileDir) => {
        const q = new URL(page.url()).searchParams;
        const i0 = q.get("i")!;
        const y0 = Number(q.get("y"));
        // switch the indicator (same year), then the year (same indicator), each time to a view not yet opened
        const indicators = counts.filter((c) => c.year === y0 && c.indicator_id !== i0).map((c) => c.indicator_id);
        const indicatorSwitches = [];
        let current = i0;
        for (const id of indicators.slice(r * SWITCHES, r * SWITCHES + SWITCHES)) {
          indicatorSwitches.push({ to: id, load1: load(), ...(await redraw(page, "i", id, profileDir)) });
          current = id;
        }
        const years = counts.filter((c) => c.indicator_id === current && c.year !== y0).map((c) => c.year);
        const yearSwitches = [];
        for (const y of years.slice(0, SWITCHES)) {
          // the year <select> holds the option's index; find it by its label
          const value = await page.evaluate((label) => {
            const s = document.querySelector("select[name=y]") as HTMLSelectElement;
            return [...s.options].find((o) => o.textContent === label)?.value ?? null;
          }, `${y}年`);
          if (value == null) continue;
          yearSwitches.push({ to: y, load1: load(), ...(await redraw(page, "y", value, profileDir)) });
        }
        return { from: { indicator: i0, year: y0 }, indicatorSwitches, yearSwitches };
      }));
    }
  } finally {
    await new Promise((r) => server.close(r));
  }

  const summary = (runs: any[]) => ({
    firstChartMs: round(median(runs.map((x) => x.firstChartMs)), 1),
    chromiumCpuToChartMs: round(median(runs.map((x) => x.chromiumCpuToChartMs))),
    chromiumCpuToSettledMs: round(median(runs.map((x) => x.chromiumCpuToSettledMs))),
    bytesMB: round(median(runs.map((x) => x.bytes)) / 1e6, 3),
    decodedMB: round(median(runs.map((x) => x.decodedBytes)) / 1e6, 3),
    bytesWithoutDuckdbMB: round(median(runs.map((x) => x.bytesWithoutDuckdb)) / 1e6, 3),
    requests: median(runs.map((x) => x.requests)),
    load1: runs.map((x) => x.load1),
    errors: runs.flatMap((x) => x.errors),
    external: runs.flatMap((x) => x.external),
  });
  const ind = pages.indicator!.flatMap((x) => x.extra.indicatorSwitches);
  const yrs = pages.indicator!.flatMap((x) => x.extra.yearSwitches);
  const redrawSummary = (xs: any[]) => ({
    n: xs.length,
    medianMs: round(median(xs.map((x) => x.replacedMs)), 1),
    maxMs: round(Math.max(...xs.map((x) => x.replacedMs)), 1),
    medianNextFrameMs: round(median(xs.map((x) => x.nextFrameMs)), 1),
    medianChromiumCpuMs: round(median(xs.map((x) => x.chromiumCpuMs))),
    load1: [Math.min(...xs.map((x) => x.load1)), Math.max(...xs.map((x) => x.load1))],
  });
  const s = { index: summary(pages.index!), indicator: summary(pages.indicator!), region: { code: region.code, name: region.name, ...summary(pages.region!) } };
  const redraws = { indicator: redrawSummary(ind), year: redrawSummary(yrs) };
  const verdict = {
    bytes: Object.fromEntries(Object.entries(s).map(([k, v]) => [k, v.bytesWithoutDuckdbMB * 1e6 < TARGETS.pageBytes ? "met" : "missed"])),
    firstChart: Object.fromEntries(Object.entries(s).map(([k, v]) => [k, v.firstChartMs < TARGETS.firstChartMs ? "met" : "missed"])),
    redraw: Object.fromEntries(Object.entries(redraws).map(([k, v]) => [k, v.medianMs < TARGETS.redrawMs ? "met" : "missed"])),
  };
  let head = "?";
  try {
    head = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: ROOT }).toString().trim();
  } catch {}
  const doc = {
    started,
    finished: new Date().toISOString(),
    env: { node: process.version, cpus: cpus().length, chromium: "/usr/bin/chromium (playwright-core)", git: head, uptimeAtStart: uptimeStart, uptimeAtEnd: execFileSync("uptime").toString().trim() },
    data: { dir: relative(ROOT, DATA) || DATA, documents: catalog.stats.documents, observations: catalog.stats.observations, comparableValues: catalog.stats.comparable_values, jurisdictions: jurisdictions.length },
    targets: TARGETS,
    build: b,
    dist,
    summary: s,
    redraw: redraws,
    verdict,
    runs: pages,
  };
  writeFileSync(args.out!, `${JSON.stringify(doc, null, 2)}\n`);
  console.log(JSON.stringify({ build: b && { totalSec: round(b.totalMs / 1000, 1), frameworkSec: round(b.frameworkMs / 1000, 1), postbuildSec: round(b.postbuildMs / 1000, 1), load: [b.load1AtStart, b.load1AtEnd] }, distMB: dist.mb, summary: s, redraw: redraws, verdict }, null, 2));
  log(`wrote ${relative(ROOT, args.out!)}`);
}

await main();
