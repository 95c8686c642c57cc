// npm run bench [-- --sizes 1000,10000 --seed 2024 --skip-workers --skip-site | --tables-only]
// Pipeline throughput on synthetic corpora (scripts/synth), against a near-limit baseline (read the files + one regex
// pass), with peak RSS of the pipeline process, time per stage, the no-change re-run, 1- vs 2-worker extraction
// (pipeline/parallel.ts) and the scorer's numbers on the synthetic gold. Writes bench/results.json and the table in
// docs/benchmarks.md (between the BENCH-TABLE markers). Corpora go to bench/corpus/ (git-ignored), outputs to
// bench/tmp/ (git-ignored).
import { execFileSync, spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { mkdir, readFile, rm } from "node:fs/promises";
import { cpus, loadavg, totalmem } from "node:os";
import { basename, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { GoldFile, readCsv, score, type ScoreReport } from "../pipeline/eval/score.ts";
import { synthesize } from "../scripts/synth/corpus.ts";

const ROOT = resolve(import.meta.dirname, "..");
const { values: args } = parseArgs({
  options: {
    sizes: { type: "string", default: "1000,10000" },
    seed: { type: "string", default: "2024" },
    "skip-workers": { type: "boolean", default: false },
    "skip-site": { type: "boolean", default: false },
    "no-write": { type: "boolean", default: false },
    // Rewrite docs/benchmarks.md and bench/results.json from the stored results (after `npm run bench:site` alone).
    "tables-only": { type: "boolean", default: false },
  },
});
const SIZES = args.sizes!.split(",").map(Number);
const NODE = process.execPath;
const TSX = ["--import", "tsx"];
const TIME = existsSync("/usr/bin/time") ? "/usr/bin/time" : null;

const log = (s: string) => process.stderr.write(`[bench] ${s}\n`);
const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;

interface Proc { code: number; stdout: string; stderr: string; wallMs: number; maxRssMB: number | null; cpuMs: number | null }

/** Runs node with tsx under /usr/bin/time -v when present; peak RSS from its report. */
function runNode(script: string, argv: string[]): Promise<Proc> {
  const cmd = TIME ? TIME : NODE;
  const full = TIME ? ["-v", NODE, ...TSX, script, ...argv] : [...TSX, script, ...argv];
  return new Promise((res, rej) => {
    const t0 = performance.now();
    const p = spawn(cmd, full, { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "", stderr = "";
    p.stdout.on("data", (d) => (stdout += d));
    p.stderr.on("data", (d) => (stderr += d));
    p.on("error", rej);
    p.on("close", (code) => {
      const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
      const u = /User time \(seconds\): ([\d.]+)/.exec(stderr);
      const sy = /System time \(seconds\): ([\d.]+)/.exec(stderr);
      const cpuMs = u && sy ? Math.round(1000 * (Number(u[1]) + Number(sy[1]))) : null;
      res({ code: code ?? -1, stdout, stderr, wallMs: performance.now() - t0, maxRssMB: m ? round(Number(m[1]) / 1024, 0) : null, cpuMs });
    });
  });
}

async function ensureCorpus(n: number): Promise<{ dir: string; docs: string; gold: string; files: string[]; bytes: number; synthMs: number | null }> {
  const dir = join(ROOT, "bench", "corpus", `n${n}-s${args.seed}`);
  const docs = join(dir, "docs");
  const gold = join(dir, "gold.json");
  let synthMs: number | null = null;
  const ok = existsSync(gold) && existsSync(docs) && readdirSync(docs).length === n;
  if (!ok) {
    await rm(dir, { recursive: true, force: true });
    log(`generating ${n} synthetic reports into ${dir}`);
    const s = synthesize({ docs: n, seed: args.seed!, out: dir, root: ROOT });
    synthMs = s.ms;
  }
  const files = readdirSync(docs).sort().map((f) => join(docs, f));
  const bytes = files.reduce((a, f) => a + statSync(f).size, 0);
  return { dir, docs, gold, files, bytes, synthMs };
}

/** The near-limit baseline: read every file and make one regex pass over its text. */
async function baseline(files: string[]): Promise<{ ms: number; matches: number }> {
  const dec = new TextDecoder("utf-8");
  const re = /\d+(\.\d+)?[件人%]/g;
  const t0 = performance.now();
  let matches = 0;
  for (const f of files) {
    const text = dec.decode(await readFile(f));
    for (const _ of text.matchAll(re)) matches++;
  }
  return { ms: performance.now() - t0, matches };
}

/** The floor of a no-change re-run: list the input, read and hash every file (what a doc_id cache must do). */
async function manifestFloor(dir: string): Promise<number> {
  const { createHash } = await import("node:crypto");
  const t0 = performance.now();
  const h = createHash("sha256");
  for (const f of readdirSync(dir).sort()) h.update(createHash("sha256").update(await readFile(join(dir, f))).digest());
  h.digest("hex");
  return performance.now() - t0;
}

function parseSummary(stdout: string): { totalMs: number | null; stageMs: Record<string, number>; documents: number | null; observations: number | null } {
  const t = /^time ([\d.]+) s \((.*)\)$/m.exec(stdout);
  const stageMs: Record<string, number> = {};
  if (t) for (const m of t[2]!.matchAll(/(\w+) (\d+) ms/g)) stageMs[m[1]!] = Number(m[2]);
  const d = /^documents (\d+)/m.exec(stdout);
  const o = /^observations (\d+)/m.exec(stdout);
  return { totalMs: t ? Math.round(Number(t[1]) * 1000) : null, stageMs, documents: d ? Number(d[1]) : null, observations: o ? Number(o[1]) : null };
}

/** The scorer's numbers, computed per document and summed (same result as scoreExport, linear instead of quadratic). */
function scoreLinear(goldPath: string, exportDir: string): ScoreReport["summary"] & { counts: Omit<ScoreReport, "misses" | "summary">; missKinds: Record<string, number> } {
  const gold = GoldFile.parse(JSON.parse(readFileSync(goldPath, "utf8")));
  const docs = readCsv(join(exportDir, "documents.csv"));
  const obs = readCsv(join(exportDir, "observations.csv"));
  const docsByFile = new Map<string, Record<string, string>[]>();
  for (const d of docs) {
    const k = basename(d.source_path || "");
    docsByFile.set(k, [...(docsByFile.get(k) ?? []), d]);
  }
  const obsByDoc = new Map<string, Record<string, string>[]>();
  for (const o of obs) {
    const list = obsByDoc.get(o.doc_id!);
    if (list) list.push(o);
    else obsByDoc.set(o.doc_id!, [o]);
  }
  let total: ScoreReport | null = null;
  const missKinds: Record<string, number> = {};
  for (const g of gold.documents) {
    const ds = docsByFile.get(g.file) ?? [];
    const os = ds.flatMap((d) => obsByDoc.get(d.doc_id!) ?? []);
    const r = score({ tracked: gold.tracked, documents: [g] }, ds, os);
    for (const m of r.misses) {
      const kind = m.replace(/^[^:]+: /, "").replace(/[\d.]+/g, "N").replace(/=N.*$/, "").replace(/ N.*$/, "");
      missKinds[kind] = (missKinds[kind] ?? 0) + 1;
    }
    if (!total) total = r;
    else {
      const add = (a: Record<string, number>, b: Record<string, number>) => { for (const k of Object.keys(a)) a[k]! += b[k]!; };
      total.documents += r.documents;
      total.found += r.found;
      add(total.metadata, r.metadata);
      add(total.mentions, r.mentions);
      add(total.attributes, r.attributes);
      add(total.headline, r.headline);
      add(total.derived, r.derived);
    }
  }
  const t = total!;
  const ratio = (a: number, b: number) => (b ? round((100 * a) / b, 2) : 0);
  return {
    recall: ratio(t.mentions.tp, t.mentions.tp + t.mentions.fn),
    precision: ratio(t.mentions.tp, t.mentions.tp + t.mentions.fp),
    headline_accuracy: ratio(t.headline.right, t.headline.gold),
    attribute_accuracy: ratio(t.attributes.right, t.attributes.checked),
    metadata_accuracy: ratio(t.metadata.jurisdiction + t.metadata.year + t.metadata.level, 3 * t.documents),
    counts: { documents: t.documents, found: t.found, metadata: t.metadata, mentions: t.mentions, attributes: t.attributes, headline: t.headline, derived: t.derived },
    missKinds: Object.fromEntries(Object.entries(missKinds).sort((a, b) => b[1] - a[1]).slice(0, 25)),
  };
}

async function benchSize(n: number) {
  const c = await ensureCorpus(n);
  const mb = c.bytes / 1e6;
  const out = join(ROOT, "bench", "tmp", `n${n}`);
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  const targets = ["--db", join(out, "warehouse.duckdb"), "--parquet", join(out, "parquet"), "--export", join(out, "export"), "--quiet"];

  log(`n=${n}: baseline (read + one regex pass)`);
  await baseline(c.files.slice(0, 200)); // warm the page cache and the JIT the same way the pipeline's first run does
  const base = await baseline(c.files);
  const floorMs = await manifestFloor(c.docs);

  log(`n=${n}: pipeline, cold (fresh outputs)`);
  const load0 = loadavg()[0]!;
  const cold = await runNode("pipeline/cli.ts", ["--input", c.docs, ...targets]);
  if (cold.code !== 0 && cold.code !== 3) throw new Error(`pipeline failed (${cold.code}): ${cold.stderr.slice(-2000)}`);
  const coldSum = parseSummary(cold.stdout);

  log(`n=${n}: pipeline, no-change re-run`);
  const rerun = await runNode("pipeline/cli.ts", ["--input", c.docs, ...targets]);
  const rerunSum = parseSummary(rerun.stdout);

  log(`n=${n}: scoring against the synthetic gold`);
  const ts = performance.now();
  const sc = scoreLinear(c.gold, join(out, "export"));
  const scoreMs = performance.now() - ts;

  const workers: Record<string, unknown>[] = [];
  if (!args["skip-workers"]) {
    for (const w of [0, 1, 2]) {
      log(`n=${n}: extraction only, ${w === 0 ? "in the main thread" : `${w} worker thread(s)`}`);
      const p = await runNode("bench/workers.ts", ["--input", c.docs, "--workers", String(w)]);
      const line = p.stdout.trim().split("\n").pop() ?? "{}";
      const j = JSON.parse(line) as { wallMs: number; docs: number; obs: number };
      workers.push({
        workers: w, ...j, processWallMs: Math.round(p.wallMs), cpuMs: p.cpuMs, coresUsed: p.cpuMs ? round(p.cpuMs / p.wallMs, 2) : null,
        cpuMsPerDoc: p.cpuMs ? round(p.cpuMs / j.docs, 2) : null, peakRssMB: p.maxRssMB, docsPerSec: round((1000 * j.docs) / j.wallMs), load1: round(loadavg()[0]!, 2),
      });
    }
  }
  // Issue 15's yardsticks, in the same run: segment + extract CPU per report, and Recognizers-Text's Chinese number
  // pass over the same decoded text (bench/numbers.ts).
  log(`n=${n}: segment + extract per report, and Recognizers-Text's number pass (bench/numbers.ts)`);
  const np = await runNode("bench/numbers.ts", ["--input", c.docs]);
  if (np.code !== 0) throw new Error(`bench/numbers.ts failed (${np.code}): ${np.stderr.slice(-2000)}`);
  const numbers = JSON.parse(np.stdout.trim().split("\n").pop()!) as {
    docs: number; segmentExtract: { cold: { cpuMsPerDoc: number }; warm: { cpuMsPerDoc: number } }; recognizers: { wallMs: number; cpuMs: number; numbers: number };
  };
  const w1 = workers.find((w) => w.workers === 1) as { wallMs: number } | undefined;
  const w2 = workers.find((w) => w.workers === 2) as { wallMs: number } | undefined;
  const outBytes = (p: string): number => (existsSync(p) ? (statSync(p).isDirectory() ? readdirSync(p).reduce((a, f) => a + outBytes(join(p, f)), 0) : statSync(p).size) : 0);
  return {
    documents: n,
    corpus: { dir: c.dir.replace(`${ROOT}/`, ""), bytes: c.bytes, mb: round(mb, 1), synthMs: c.synthMs },
    baseline: { ms: Math.round(base.ms), docsPerSec: round((1000 * n) / base.ms, 0), mbPerSec: round((1000 * mb) / base.ms, 1), regexMatches: base.matches },
    pipeline: {
      wallMs: Math.round(cold.wallMs),
      reportedMs: coldSum.totalMs,
      exitCode: cold.code,
      docsPerSec: round((1000 * n) / cold.wallMs),
      mbPerSec: round((1000 * mb) / cold.wallMs, 2),
      peakRssMB: cold.maxRssMB,
      cpuMs: cold.cpuMs,
      stageMs: coldSum.stageMs,
      observations: coldSum.observations,
      ratioToBaseline: round(cold.wallMs / base.ms, 0),
      load1AtStart: round(load0, 2),
      outputs: { warehouseBytes: outBytes(join(out, "warehouse.duckdb")), parquetBytes: outBytes(join(out, "parquet")), exportBytes: outBytes(join(out, "export")) },
    },
    rerun: { manifestFloorMs: Math.round(floorMs), wallMs: Math.round(rerun.wallMs), cpuMs: rerun.cpuMs, reportedMs: rerunSum.totalMs, stageMs: rerunSum.stageMs, peakRssMB: rerun.maxRssMB },
    extraction: { runs: workers, speedup2v1: w1 && w2 ? round(w1.wallMs / w2.wallMs, 2) : null },
    score: { ...sc, ms: Math.round(scoreMs) },
    numbers: { ...numbers, pipelineToRecognizers: round(cold.wallMs / numbers.recognizers.wallMs, 2), baselineToPipeline: round(cold.wallMs / base.ms, 2) },
  };
}

function gitState(): { head: string; dirty: number } {
  try {
    const head = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: ROOT }).toString().trim();
    const dirty = execFileSync("git", ["status", "--porcelain", "pipeline"], { cwd: ROOT }).toString().split("\n").filter(Boolean).length;
    return { head, dirty };
  } catch {
    return { head: "?", dirty: -1 };
  }
}

function table(results: Awaited<ReturnType<typeof benchSize>>[]): string {
  const rows: [string, ...string[]][] = [
    ["corpus (MB)", ...results.map((r) => String(r.corpus.mb))],
    ["baseline: read + 1 regex pass (s)", ...results.map((r) => (r.baseline.ms / 1000).toFixed(2))],
    ["pipeline end-to-end, cold (s)", ...results.map((r) => (r.pipeline.wallMs / 1000).toFixed(1))],
    ["… ratio to baseline", ...results.map((r) => `${r.numbers?.baselineToPipeline ?? r.pipeline.ratioToBaseline}×`)],
    ["Recognizers-Text Chinese number pass, same text (s)", ...results.map((r) => (r.numbers ? (r.numbers.recognizers.wallMs / 1000).toFixed(1) : "–"))],
    ["… pipeline end-to-end / Recognizers-Text", ...results.map((r) => (r.numbers ? `${r.numbers.pipelineToRecognizers}×` : "–"))],
    ["segment + extract CPU per report, cold / warm thread (ms)", ...results.map((r) => (r.numbers ? `${r.numbers.segmentExtract.cold.cpuMsPerDoc} / ${r.numbers.segmentExtract.warm.cpuMsPerDoc}` : "–"))],
    ["documents/s", ...results.map((r) => String(r.pipeline.docsPerSec))],
    ["MB/s", ...results.map((r) => String(r.pipeline.mbPerSec))],
    ["CPU time, user+sys (s)", ...results.map((r) => (r.pipeline.cpuMs ? (r.pipeline.cpuMs / 1000).toFixed(1) : "?"))],
    ["load average at start", ...results.map((r) => String(r.pipeline.load1AtStart))],
    ["peak RSS (MB)", ...results.map((r) => String(r.pipeline.peakRssMB ?? "?"))],
    ...Object.keys(results.at(-1)!.pipeline.stageMs).map((k) => [`stage ${k} (s)`, ...results.map((r) => ((r.pipeline.stageMs[k] ?? 0) / 1000).toFixed(1))] as [string, ...string[]]),
    ["no-change re-run (s)", ...results.map((r) => (r.rerun.wallMs / 1000).toFixed(1))],
    ["… floor: list + read + sha256 every file (s)", ...results.map((r) => (r.rerun.manifestFloorMs / 1000).toFixed(2))],
    ...[0, 1, 2].map((w) => [`extraction only, ${w === 0 ? "main thread" : `${w} worker${w > 1 ? "s" : ""}`} (s)`, ...results.map((r) => {
      const x = r.extraction.runs.find((y) => y.workers === w) as { wallMs: number } | undefined;
      return x ? (x.wallMs / 1000).toFixed(1) : "–";
    })] as [string, ...string[]]),
    ...[0, 1, 2].map((w) => [`… CPU s / cores busy (${w === 0 ? "main thread" : `${w} worker${w > 1 ? "s" : ""}`}; load avg)`, ...results.map((r) => {
      const x = r.extraction.runs.find((y) => y.workers === w) as { cpuMs: number | null; coresUsed: number | null; load1: number } | undefined;
      return x && x.cpuMs ? `${(x.cpuMs / 1000).toFixed(1)} / ${x.coresUsed} (${x.load1})` : "–";
    })] as [string, ...string[]]),
    ["2-worker speedup over 1 worker", ...results.map((r) => (r.extraction.speedup2v1 ? `${r.extraction.speedup2v1}×` : "–"))],
    ["score: recall / precision (%)", ...results.map((r) => `${r.score.recall} / ${r.score.precision}`)],
    ["score: headline / attributes / metadata (%)", ...results.map((r) => `${r.score.headline_accuracy} / ${r.score.attribute_accuracy} / ${r.score.metadata_accuracy}`)],
    ["observations written", ...results.map((r) => String(r.pipeline.observations))],
  ];
  const head = `| | ${results.map((r) => `${r.documents.toLocaleString("en-US")} reports`).join(" | ")} |\n|---|${results.map(() => "---:").join("|")}|`;
  return [head, ...rows.map((r) => `| ${r.join(" | ")} |`)].join("\n");
}

/** The site's numbers (bench/site.ts) against the issue's targets, as a Markdown table with its provenance. */
function siteTable(site: any): string {
  const t = site.targets;
  const verdict = (ok: boolean) => (ok ? "met" : "**missed**");
  const load = (l: number[] | undefined) => (l?.length ? `${Math.min(...l)}–${Math.max(...l)}` : "?");
  const rows: string[][] = [];
  for (const [key, label] of [["index", "总览 index.html"], ["indicator", "指标 indicator.html"], ["region", "地区 `region/<code>.html`"]] as const) {
    const p = site.summary[key];
    const name = key === "region" ? `${label} (${p.name} ${p.code})` : label;
    rows.push([`${name}: first chart (ms)`, String(p.firstChartMs), `< ${t.firstChartMs}`, verdict(p.firstChartMs < t.firstChartMs), load(p.load1)]);
    rows.push([`${name}: bytes transferred (MB, no DuckDB-WASM)`, String(p.bytesWithoutDuckdbMB), `< ${t.pageBytes / 1e6}`, verdict(p.bytesWithoutDuckdbMB * 1e6 < t.pageBytes), load(p.load1)]);
  }
  for (const [key, label] of [["indicator", "switch indicator"], ["year", "switch year"]] as const) {
    const r = site.redraw[key];
    rows.push([`指标 page, ${label}: redraw, median of ${r.n} (ms; max)`, `${r.medianMs} (${r.maxMs})`, `< ${t.redrawMs}`, verdict(r.medianMs < t.redrawMs), load(r.load1)]);
  }
  const b = site.build;
  rows.push(["build: prebuild + observable build + postbuild (s)", `${(b.prebuildMs / 1000).toFixed(1)} + ${(b.frameworkMs / 1000).toFixed(1)} + ${(b.postbuildMs / 1000).toFixed(1)} = ${(b.totalMs / 1000).toFixed(1)}`, "—", "—", `${b.load1AtStart}–${b.load1AtEnd}`]);
  rows.push(["dist/ (files, MB)", `${site.dist.files}, ${site.dist.mb}`, "—", "—", ""]);
  const head = `Measured ${String(site.started).slice(0, 16).replace("T", " ")} UTC by \`npm run bench:site\` (git ${site.env.git}) on ${site.data.documents.toLocaleString("en-US")} reports, ${site.data.observations.toLocaleString("en-US")} observations, ${site.data.jurisdictions.toLocaleString("en-US")} jurisdictions.\n\n| | measured | target | verdict | load average |\n|---|---:|---:|---|---|`;
  return [head, ...rows.map((r) => `| ${r.join(" | ")} |`)].join("\n");
}

function writeDocs(doc: { started: string; env: ReturnType<typeof gitState> & { cpus: number; load1AtStart: number; node: string }; results: any[]; site: any }): void {
  writeFileSync(join(ROOT, "bench", "results.json"), `${JSON.stringify(doc, null, 2)}\n`);
  const mdPath = join(ROOT, "docs", "benchmarks.md");
  const { started, env, results, site } = doc;
  let md = existsSync(mdPath) ? readFileSync(mdPath, "utf8") : "# Benchmarks\n\n<!-- BENCH-TABLE:START -->\n<!-- BENCH-TABLE:END -->\n";
  const block = `<!-- BENCH-TABLE:START -->\nMeasured ${started.slice(0, 16).replace("T", " ")} UTC by \`npm run bench\` (git ${env.head}, ${env.dirty} uncommitted files under pipeline/; ${env.cpus} CPUs, load average ${env.load1AtStart} at start, Node ${env.node}).\n\n${table(results)}\n<!-- BENCH-TABLE:END -->`;
  md = md.replace(/<!-- BENCH-TABLE:START -->[\s\S]*<!-- BENCH-TABLE:END -->/, () => block);
  if (site) md = md.replace(/<!-- SITE-TABLE:START -->[\s\S]*<!-- SITE-TABLE:END -->/, () => `<!-- SITE-TABLE:START -->\n${siteTable(site)}\n<!-- SITE-TABLE:END -->`);
  writeFileSync(mdPath, md);
  log("wrote bench/results.json and docs/benchmarks.md");
}

if (args["tables-only"]) {
  const doc = JSON.parse(readFileSync(join(ROOT, "bench", "results.json"), "utf8"));
  const sitePath = join(ROOT, "bench", "site-results.json");
  if (existsSync(sitePath)) doc.site = JSON.parse(readFileSync(sitePath, "utf8"));
  writeDocs(doc);
  process.exit(0);
}

const started = new Date().toISOString();
const env = { node: process.version, cpus: cpus().length, cpuModel: cpus()[0]?.model ?? "?", memGB: round(totalmem() / 2 ** 30, 1), timeV: Boolean(TIME), load1AtStart: round(loadavg()[0]!, 2), ...gitState() };
log(`environment: ${JSON.stringify(env)}`);
const results = [];
for (const n of SIZES) results.push(await benchSize(n));
// The site against the largest warehouse just written (bench/site.ts → bench/site-results.json, copied here as `site`).
let site: unknown = null;
if (!args["skip-site"]) {
  const n = Math.max(...SIZES);
  log(`site: build and browser measurements on the ${n}-report warehouse (bench/site.ts)`);
  const p = await runNode("bench/site.ts", ["--data", join(ROOT, "bench", "tmp", `n${n}`)]);
  if (p.code !== 0) log(`bench/site.ts failed (${p.code}): ${p.stderr.slice(-2000)}`);
  else site = JSON.parse(readFileSync(join(ROOT, "bench", "site-results.json"), "utf8"));
}
const doc = { started, finished: new Date().toISOString(), env, targets: { endToEnd10kSec: 20, rerunSec: 3, peakRssMB: 1536 }, results, site };
console.log(table(results));
if (!args["no-write"]) writeDocs(doc);
