// npm run bench:fuzz [-- --files 1020 --seed 14 --workers N --no-write --keep]
// The pipeline on a hostile input folder (test/robustness/corpus.ts: mutated reports, a page of 80,000 nested tags, a
// DOCX that unzips to 200 MB, a 50 MB and a 20 MB text, odd file names, links, a FIFO, a socket, hidden entries,
// BOM-less UTF-16…): files in, entries accounted for (documents read or quarantined, entries skipped, subfolders),
// quarantines by reason, exit code, wall time and peak RSS (/usr/bin/time -v) of the CLI. Writes the section between
// the FUZZ-BENCH markers of docs/benchmarks.md (unless --no-write). The corpus and outputs go to bench/tmp/ (git-ignored).
import { execFileSync, spawn } from "node:child_process";
import { existsSync, lstatSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import { cpus, loadavg } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { parse } from "csv-parse/sync";
import type { RunSummary } from "../pipeline/run.ts";
import { fuzzCorpus } from "../test/robustness/corpus.ts";

const ROOT = resolve(import.meta.dirname, "..");
const { values: args } = parseArgs({
  options: {
    files: { type: "string", default: "1020" },
    seed: { type: "string", default: "14" },
    workers: { type: "string" },
    "no-write": { type: "boolean", default: false },
    keep: { type: "boolean", default: false },
  },
});
const FILES = Number(args.files);
const SEED = Number(args.seed);
const log = (s: string) => process.stderr.write(`[bench:fuzz] ${s}\n`);
const TIME = existsSync("/usr/bin/time") ? "/usr/bin/time" : null;

const dir = join(ROOT, "bench", "tmp", `fuzz-${FILES}-s${SEED}`);
await rm(dir, { recursive: true, force: true });
log(`writing ${FILES} entries into ${dir}`);
const tc = performance.now();
const corpus = await fuzzCorpus(dir, { files: FILES, seed: SEED });
const corpusMs = performance.now() - tc;

/** Every entry, as the pipeline sees the folder: hidden folders and links not entered. */
function entries(d: string): string[] {
  const out: string[] = [];
  const queue = [d];
  while (queue.length) {
    const f = queue.shift()!;
    for (const name of readdirSync(f)) {
      const p = join(f, name);
      out.push(p);
      if (!name.startsWith(".") && lstatSync(p).isDirectory()) queue.push(p);
    }
  }
  return out;
}
const inputs = entries(corpus.raw);
const bytesIn = inputs.reduce((a, p) => a + (lstatSync(p).isFile() ? lstatSync(p).size : 0), 0);

const out = join(dir, "out");
const cli = [process.execPath, "--import", "tsx", join(ROOT, "pipeline", "cli.ts"), "--input", corpus.raw, "--db", join(out, "w.duckdb"), "--quiet"];
if (args.workers) cli.push("--workers", args.workers);
const load1 = loadavg()[0]!;
log(`running the pipeline (${cli.slice(3).join(" ")})`);
const t0 = performance.now();
const proc = await new Promise<{ code: number | null; stdout: string; stderr: string }>((res, rej) => {
  const p = spawn(TIME ?? cli[0]!, TIME ? ["-v", ...cli] : cli.slice(1), { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  p.stdout.on("data", (c) => (stdout += c));
  p.stderr.on("data", (c) => (stderr += c));
  p.on("error", rej);
  p.on("close", (code) => res({ code, stdout, stderr }));
});
const wallMs = performance.now() - t0;
await corpus.close();
const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(proc.stderr);
const peakMB = rss ? Math.round(Number(rss[1]) / 1024) : null;
const cpu = /User time \(seconds\): ([\d.]+)[\s\S]*System time \(seconds\): ([\d.]+)/.exec(proc.stderr);
if (proc.code !== 3 && proc.code !== 0) {
  log(`the run failed (exit ${proc.code}):\n${proc.stderr.slice(-3000)}`);
  process.exit(1);
}

const summary = JSON.parse(readFileSync(join(out, ".cache", "last-run.json"), "utf8")).summary as RunSummary;
const docs = parse(readFileSync(join(out, "export", "documents.csv")), { columns: true, bom: true }) as Record<string, string>[];
const accounted = new Map<string, string>();
const twice: string[] = [];
// (paths in the outputs are relative to the working directory when inside it, as the CLI writes them)
const note = (path: string, as: string) => {
  const p = resolve(ROOT, path);
  if (accounted.has(p)) twice.push(p);
  else accounted.set(p, as);
};
for (const d of docs) note(d.source_path!, d.status!);
for (const e of summary.skipped) note(e.path, "skipped");
for (const f of summary.folders) note(join(corpus.raw, f), "folder");
const missing = inputs.filter((p) => !accounted.has(p));
const status = (s: string) => docs.filter((d) => d.status === s).length;
// quarantines by reason, numbers and names generalised ("… 12 Chinese characters" → "… N Chinese characters")
const reasons = new Map<string, number>();
for (const d of docs.filter((x) => x.status === "quarantined")) {
  const r = (d.status_reason ?? "").replace(/\d+(\.\d+)?/g, "N").replace(/\s+/g, " ").slice(0, 110);
  reasons.set(r, (reasons.get(r) ?? 0) + 1);
}
const result = {
  measured: new Date().toISOString().slice(0, 16).replace("T", " "),
  files: FILES, seed: SEED, entries: inputs.length, bytesInMB: Math.round(bytesIn / 1024 / 1024),
  accounted: accounted.size, accountedTwice: twice.length, unaccounted: missing.length,
  documents: docs.length, ok: status("ok"), quarantined: status("quarantined"), duplicates: status("duplicate"),
  skipped: summary.skipped.length, folders: summary.folders.length, exit: proc.code,
  wallS: Math.round(wallMs / 100) / 10, cpuS: cpu ? Math.round((Number(cpu[1]) + Number(cpu[2])) * 10) / 10 : null, peakMB,
  corpusS: Math.round(corpusMs / 100) / 10, load1AtStart: Math.round(load1 * 100) / 100, cpus: cpus().length,
  reasons: [...reasons].sort((a, b) => b[1] - a[1]),
};
console.log(JSON.stringify(result, null, 2));
if (missing.length || twice.length) log(`NOT accounted for: ${JSON.stringify(missing.slice(0, 10))}; twice: ${JSON.stringify(twice.slice(0, 10))}`);

if (!args["no-write"]) {
  const md = join(ROOT, "docs", "benchmarks.md");
  const ref = (() => {
    try {
      return execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: ROOT, encoding: "utf8" }).trim();
    } catch {
      return "?";
    }
  })();
  const block = [
    "<!-- FUZZ-BENCH:START -->",
    `Measured ${result.measured} UTC by \`npm run bench:fuzz -- --files ${FILES} --seed ${SEED}\` (git ${ref}; ${result.cpus} CPUs, load average ${result.load1AtStart} at start).`,
    "",
    "| | |",
    "|---|---:|",
    `| entries in the input folder (files, links, FIFO, socket, hidden, subfolders) | ${result.entries} (${result.bytesInMB} MB) |`,
    `| accounted for once (document rows + skipped + subfolders) | ${result.accounted} (${result.documents} + ${result.skipped} + ${result.folders}); unaccounted ${result.unaccounted}, twice ${result.accountedTwice} |`,
    `| documents: ok / quarantined / duplicates | ${result.ok} / ${result.quarantined} / ${result.duplicates} |`,
    `| exit code | ${result.exit} |`,
    `| wall time, CLI (s) | ${result.wallS} |`,
    `| CPU time, user+sys (s) | ${result.cpuS ?? "–"} |`,
    `| peak RSS (MB) | ${result.peakMB ?? "–"} |`,
    "",
    "Quarantined, by reason (numbers as N):",
    "",
    "| reason | documents |",
    "|---|---:|",
    ...result.reasons.map(([r, n]) => `| ${r.replace(/\|/g, "\\|")} | ${n} |`),
    "<!-- FUZZ-BENCH:END -->",
  ].join("\n");
  let text = readFileSync(md, "utf8");
  if (/<!-- FUZZ-BENCH:START -->[\s\S]*<!-- FUZZ-BENCH:END -->/.test(text)) text = text.replace(/<!-- FUZZ-BENCH:START -->[\s\S]*<!-- FUZZ-BENCH:END -->/, () => block);
  else text = `${text.trimEnd()}\n\n## Hostile inputs (npm run bench:fuzz)\n\n${block}\n`;
  writeFileSync(md, text);
  log("wrote docs/benchmarks.md (FUZZ-BENCH section)");
}
if (!args.keep) await rm(dir, { recursive: true, force: true });
