// npm run pipeline -- [--input DIR] [--db FILE] [--parquet DIR] [--export DIR] [--corrections FILE]
import { dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import cliProgress from "cli-progress";
import { runPipeline, type RunSummary } from "./run.ts";
import type { DocumentRow } from "./schema.ts";

const HELP = `法治指标 pipeline: reads every report in the input folder and writes the warehouse.

Usage: npm run pipeline -- [options]

  --input DIR     reports to read (txt, html, docx, pdf)          default data/raw
  --db FILE       DuckDB database to write                         default data/warehouse.duckdb
  --parquet DIR   one Parquet file per table                       default data/parquet
  --export DIR    documents.csv, observations.csv, comparable.csv  default data/export
                  (give one of these three and the others go beside it, never into the checkout's data/,
                  whose Parquet files the site publishes)
  --corrections F analysts' corrections (CSV, UTF-8 or GBK)        default the project's data/corrections.csv
                  (whatever the input folder; the history goes to the corrections_log table)
  --full          re-extract every document (ignore the cache)
  --workers N     extraction threads (default: one per core for 300+ files, else 1)
  --quiet         no progress lines, only the summary
  --help          this text

Limits (a document beyond one is quarantined with the reason, and the batch goes on):
  --doc-timeout S     seconds one document may take                       default 60
  --doc-memory-mb N   heap of the worker reading a document, MB           default 1024
                      (with --workers 1, documents over 512 KB, PDFs and DOCX are read in such a worker too)
  --max-file-mb N     size of an input file, MB (checked before reading)  default 50
  --max-unzip-mb N    what a DOCX unzips to, MB (checked before inflating) default 100
  --max-chars N       characters of text read from one document          default 5000000

Entries of the input folder that are not documents (hidden files, symbolic links, pipes, sockets, the source lists)
are listed in the summary as skipped, with why; subfolders are read.

Exit codes: 0 all documents read; 3 some documents quarantined or corrections unmatched (see the summary);
1 the run failed; 2 bad usage.`;

/** Where the outputs go: the defaults under data/, or beside whichever output the user redirected. */
function outputsOf(a: { db?: string; parquet?: string; export?: string }): { db: string; parquet: string; export: string } {
  const base = a.db ? dirname(a.db) : a.export ? dirname(resolve(a.export)) : a.parquet ? dirname(resolve(a.parquet)) : "data";
  return { db: a.db ?? join(base, "warehouse.duckdb"), parquet: a.parquet ?? join(base, "parquet"), export: a.export ?? join(base, "export") };
}

function fail(msg: string, code: number): never {
  process.stderr.write(`${msg}\n`);
  process.exit(code);
}

const OPTIONS = {
  input: { type: "string", default: "data/raw" },
  db: { type: "string" },
  parquet: { type: "string" },
  export: { type: "string" },
  corrections: { type: "string" },
  full: { type: "boolean", default: false },
  workers: { type: "string" },
  quiet: { type: "boolean", default: false },
  help: { type: "boolean", default: false },
  "doc-timeout": { type: "string" },
  "doc-memory-mb": { type: "string" },
  "max-file-mb": { type: "string" },
  "max-unzip-mb": { type: "string" },
  "max-chars": { type: "string" },
} as const;

let args: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; strict: true }>>["values"];
try {
  args = parseArgs({
    options: OPTIONS,
    strict: true,
  }).values;
} catch (e) {
  fail(`${(e as Error).message}\n\n${HELP}`, 2);
}
if (args.help) {
  console.log(HELP);
  process.exit(0);
}
const outputs = outputsOf(args);

/** A positive number option, or undefined when not given; bad usage (exit 2) when it is not one. */
function positive(name: keyof typeof OPTIONS, v: string | undefined, integer = false): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!/^\d+(\.\d+)?$/.test(v.trim()) || !(n > 0) || (integer && !Number.isInteger(n))) fail(`--${name}: expected a positive ${integer ? "whole " : ""}number, got ${JSON.stringify(v)}\n\n${HELP}`, 2);
  return n;
}
const MB = 1024 * 1024;
const timeoutS = positive("doc-timeout", args["doc-timeout"]);
const memoryMb = positive("doc-memory-mb", args["doc-memory-mb"], true);
const fileMb = positive("max-file-mb", args["max-file-mb"]);
const unzipMb = positive("max-unzip-mb", args["max-unzip-mb"]);
const maxChars = positive("max-chars", args["max-chars"], true);
if (memoryMb !== undefined && memoryMb < 64) fail(`--doc-memory-mb: at least 64 (a worker needs that much to start)\n\n${HELP}`, 2);

const tty = process.stderr.isTTY && !args.quiet;
const bar = tty ? new cliProgress.SingleBar({ format: "提取 {bar} {value}/{total} {file}", hideCursor: true }, cliProgress.Presets.shades_classic) : null;
let started = false;
function onDocument(done: number, total: number, d: DocumentRow) {
  if (bar) {
    if (!started) bar.start(total, 0, { file: "" }), (started = true);
    bar.update(done, { file: oneLine(d.file_name) });
  } else if (!args.quiet) {
    const where = d.jurisdiction_name ? `${d.jurisdiction_name} ${d.report_year ?? "?"}` : "";
    process.stderr.write(`[${done}/${total}] ${d.status.padEnd(11)} ${oneLine(d.source_path)} ${where}${d.status_reason ? ` — ${d.status_reason}` : ""}\n`);
  }
}

/** A file name as one line of the summary: control characters (a newline in a name) written as escapes. */
function oneLine(s: string): string {
  return s.replace(/[\x00-\x1f\x7f]/g, (c) => JSON.stringify(c).slice(1, -1));
}

function printSummary(s: RunSummary) {
  const lines = [
    `documents ${s.documents} (ok ${s.ok}, quarantined ${s.quarantined}, duplicates ${s.duplicates}; re-extracted ${s.reextracted})`,
    `observations ${s.observations}, headline values ${s.headlines}`,
    `coverage (documents with a headline value): ${Object.entries(s.coverage).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(", ") || "none"}`,
    `flags: ${Object.entries(s.flags).map(([k, v]) => `${k} ${v}`).join(", ") || "none"}`,
    `time ${(s.totalMs / 1000).toFixed(2)} s (${Object.entries(s.stageMs).map(([k, v]) => `${k} ${v} ms`).join(", ")})`,
    `corrections applied ${s.corrections.applied}`,
    s.unchanged ? `nothing changed: outputs left as they were (${outputs.db}, ${outputs.parquet}/, ${outputs.export}/)` : `outputs: ${outputs.db}, ${outputs.parquet}/, ${outputs.export}/`,
    ...((s.folders ?? []).length ? [`subfolders read: ${s.folders.length} (${s.folders.slice(0, 10).join(", ")}${s.folders.length > 10 ? ", …" : ""})`] : []),
    ...((s.skipped ?? []).length ? [`skipped ${s.skipped.length} entries that are not documents:`] : []),
    ...(s.skipped ?? []).map((e) => `skipped: ${oneLine(e.path)} — ${e.reason}`),
    ...s.problems.map((p) => `quarantined: ${oneLine(p)}`),
    ...s.corrections.problems.map((p) => `correction problem: ${p}`),
  ];
  console.log(lines.join("\n"));
}

try {
  const summary = await runPipeline({
    input: args.input!, db: outputs.db, parquet: outputs.parquet, export: outputs.export, corrections: args.corrections, full: args.full, onDocument,
    workers: args.workers === undefined ? undefined : Math.max(1, Number(args.workers) || 1),
    budgets: { ...(timeoutS !== undefined && { timeMs: Math.round(timeoutS * 1000) }), ...(memoryMb !== undefined && { memoryMb }) },
    limits: {
      ...(fileMb !== undefined && { maxFileBytes: Math.round(fileMb * MB) }),
      ...(unzipMb !== undefined && { maxUnzippedBytes: Math.round(unzipMb * MB) }),
      ...(maxChars !== undefined && { maxChars }),
    },
    // one line, once, when another run holds an output location
    onWait: (line) => process.stderr.write(`${line}\n`),
  });
  bar?.stop();
  printSummary(summary);
  process.exit(summary.quarantined > 0 || summary.corrections.problems.length > 0 ? 3 : 0);
} catch (e) {
  bar?.stop();
  fail(`pipeline failed: ${(e as Error).message}`, 1);
}
