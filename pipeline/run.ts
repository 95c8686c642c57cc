// The pipeline as explicit stages: read → normalize → identify → segment → extract → derive → headline → load.
// One failing document is recorded (quarantined, with its reason) and the batch goes on. Per-document analysis is
// cached by content hash and code version, so a re-run only re-extracts what changed; corrections, derive and
// headline are cheap and always re-applied (in the worker threads when there are any). The warehouse is fed while
// documents are still being analysed, so that little is left to do after the last one.
import { createHash } from "node:crypto";
import { existsSync, statSync } from "node:fs";
import { mkdir, readdir, readFile, readlink, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, extname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { indicatorRows } from "./catalog/rows.ts";
import { CacheIndex, PackWriter } from "./cache.ts";
import { applyCorrections, correctionsFor, DEFAULT_CORRECTIONS, logRow, readCorrections, type Correction } from "./corrections.ts";
import { derive } from "./derive/index.ts";
import { dataWindow, extract, staged, type DocContext, type Extracted } from "./extract/index.ts";
import { headline } from "./headline/index.ts";
import { identify } from "./identify/index.ts";
import { loadGazetteer } from "./identify/gazetteer.ts";
import { csvLines, loadLines } from "./load/csv.ts";
import { WarehouseWriter, type LoadTargets } from "./load/index.ts";
import { MANIFEST, readManifest } from "./fetch/index.ts";
import { acquireLocks } from "./lock.ts";
import { DEFAULT_BUDGETS, defaultWorkers, processInWorkers, type Budgets, type WorkerResult } from "./parallel.ts";
import { normalize } from "./normalize/index.ts";
import { isLimitRefusal, ReadError, readBytes, readInputFile, readLimits, setReadLimits, SUPPORTED_EXTENSIONS, type ReadLimits } from "./read/index.ts";
import { departmentOf, docKind, isDisclosureReport, justiceOfficeOf, NOTHING_USABLE, unusable } from "./identify/kind.ts";
import { type CorrectionLogRow, type DocumentRow, type JurisdictionRow, type ObservationRow } from "./schema.ts";
import { segment } from "./segment/index.ts";

export interface RunOptions extends LoadTargets {
  input: string;
  /** Analysts' corrections; default the project's data/corrections.csv (DEFAULT_CORRECTIONS), whatever the input. */
  corrections?: string;
  /** Ignore the cache and re-extract every document. */
  full?: boolean;
  /** Worker threads for extraction; 1 runs everything on the main thread (but the documents isolated below). */
  workers?: number;
  /** Per document: wall time and worker heap (default DEFAULT_BUDGETS: 60 s, 1024 MB). */
  budgets?: Partial<Budgets>;
  /** What a document may be: file size, unzipped DOCX size, text length (default pipeline/read DEFAULT_LIMITS). */
  limits?: Partial<ReadLimits>;
  /**
   * A run on the main thread reads a document in an isolated worker, under the budgets, when it is larger than this
   * many bytes or a PDF or DOCX (whose libraries a hostile file can keep busy); default 512 KB.
   */
  isolateBytes?: number;
  onDocument?: (done: number, total: number, doc: DocumentRow) => void;
  /** Called once if the run has to wait for another run's lock, with one line saying what it waits for. */
  onWait?: (line: string) => void;
}

/** An entry of the input folder that is not read, and why. */
export interface SkippedEntry {
  path: string;
  reason: string;
}

export interface RunSummary {
  documents: number;
  ok: number;
  quarantined: number;
  duplicates: number;
  reextracted: number;
  observations: number;
  headlines: number;
  corrections: { applied: number; problems: string[] };
  coverage: Record<string, number>;
  flags: Record<string, number>;
  problems: string[];
  stageMs: Record<string, number>;
  totalMs: number;
  unchanged: boolean;
  /** entries of the input folder not read (hidden, links, pipes, sockets, devices, the source lists), with why */
  skipped: SkippedEntry[];
  /** subfolders whose files were read, relative to the input folder */
  folders: string[];
}

/** What one document yields before corrections: cached by content hash. */
export interface Analyzed {
  document: DocumentRow;
  extracted: Extracted[];
  text: string | null;
}

const timers: Record<string, number> = {};
function timed<T>(stage: string, f: () => T): T {
  const t = performance.now();
  try {
    return f();
  } finally {
    timers[stage] = (timers[stage] ?? 0) + performance.now() - t;
  }
}

export function docIdOf(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex").slice(0, 16);
}

/** The doc_id of a file whose bytes were not read (too large, not a regular file): from its path and size instead. */
export function refusedDocId(sourcePath: string, size: number | null): string {
  return createHash("sha256").update(`refused\0${sourcePath}\0${size ?? ""}`).digest("hex").slice(0, 16);
}

const fileNameOf = (sourcePath: string) => sourcePath.split(/[\\/]/).pop()!;

export function emptyDocument(doc_id: string, source_path: string): DocumentRow {
  return {
    doc_id, source_path, file_name: fileNameOf(source_path), format: null, encoding: null, title: null,
    jurisdiction_code: null, jurisdiction_name: null, admin_level: null, province_name: null, parent_name: null,
    report_year: null, published_on: null, issuer: null, char_count: null, observation_count: 0, status: "ok",
    status_reason: null, duplicate_of: null, source_url: null, fetched_at: null, doc_kind: null, jurisdiction_source: null,
  };
}

/** Where a document came from, when a source list or fetch manifest says so: clues for identify. */
export interface SourceHint {
  expected_name: string | null;
  source_url: string | null;
}

/** The cache key of a document's analysis: its bytes, and the source clues that identify reads. */
export function cacheKey(doc_id: string, source: SourceHint | null | undefined): string {
  if (!source || (!source.expected_name && !source.source_url)) return doc_id;
  return `${doc_id}:${createHash("sha256").update(`${source.expected_name ?? ""}\0${source.source_url ?? ""}`).digest("hex").slice(0, 8)}`;
}

/** What the extractor needs to know of a document besides its text (also used by bench/numbers.ts). */
export function extractionContext(text: string, doc: Pick<DocumentRow, "admin_level" | "jurisdiction_name" | "report_year" | "published_on" | "doc_kind" | "title">, lookingBack: boolean): DocContext {
  return {
    admin_level: doc.admin_level, jurisdiction_name: doc.jurisdiction_name, report_year: doc.report_year, published_on: doc.published_on, doc_kind: doc.doc_kind,
    department: departmentOf(doc.doc_kind ?? "other", text, doc.title), office: justiceOfficeOf(doc.title), window: dataWindow(text, doc.title),
    disclosure: isDisclosureReport(text, doc.title), lookingBack,
  };
}

/** read → normalize → identify → segment → extract for one document. Throws ReadError for unusable input. */
export async function analyze(bytes: Uint8Array, sourcePath: string, source?: SourceHint | null): Promise<Analyzed> {
  const doc = emptyDocument(docIdOf(bytes), sourcePath);
  const t0 = performance.now();
  const read = await readBytes(bytes, doc.file_name);
  timers.read = (timers.read ?? 0) + performance.now() - t0;
  const norm = timed("normalize", () => normalize(read.text));
  const bad = unusable(norm.text);
  if (bad) throw new ReadError(doc.file_name, bad);
  const meta = { ...norm.chrome, ...read.meta };
  const id = timed("identify", () => identify(norm.text, {
    title: meta.title, published_on: meta.published_on, source_path: sourcePath, publisher: [meta.source, meta.host].filter(Boolean).join(" ") || undefined,
    expected_name: source?.expected_name ?? undefined, source_url: source?.source_url ?? undefined,
  }));
  const title = id.title ?? meta.title ?? null;
  Object.assign(doc, {
    format: read.format, encoding: read.encoding, title,
    jurisdiction_code: id.jurisdiction_code, jurisdiction_name: id.jurisdiction_name, admin_level: id.admin_level,
    province_name: id.province_name, parent_name: id.parent_name, report_year: id.report_year,
    published_on: id.published_on ?? meta.published_on ?? null, issuer: id.issuer ?? meta.source ?? null,
    char_count: norm.text.length, status_reason: id.missing.length ? id.missing.join("; ") : null,
    doc_kind: docKind(norm.text, title), jurisdiction_source: id.jurisdiction_source,
  });
  const seg = timed("segment", () => segment(norm.text));
  const ctx = extractionContext(norm.text, doc, id.looking_back);
  const extracted = timed("extract", () => extract(seg, ctx));
  if (doc.jurisdiction_code === null && extracted.length === 0) throw new ReadError(doc.file_name, `${NOTHING_USABLE} (${doc.status_reason})`);
  return { document: doc, extracted, text: norm.text };
}

/** corrections → derive → headline: the per-document steps that depend on more than the document's bytes. */
export function finish(a: Analyzed, corrections: Correction[]): { observations: ObservationRow[]; applied: number[]; unmatched: Correction[]; log: CorrectionLogRow[] } {
  const { rows, applied, unmatched, log } = applyCorrections(a.extracted, corrections, a.document.doc_id);
  const live = rows.filter((o) => !o.flags.includes("rejected"));
  const rejected = rows.filter((o) => o.flags.includes("rejected")).map((o) => staged(o));
  const final = [...timed("headline", () => headline(timed("derive", () => derive(live)))), ...rejected];
  const doc = a.document;
  const observations: ObservationRow[] = final.map((o, k) => ({
    obs_id: `${doc.doc_id}:${k}`, doc_id: doc.doc_id, jurisdiction_code: doc.jurisdiction_code, report_year: doc.report_year,
    indicator_id: o.indicator_id, value: o.value, unit: o.unit, qualifier: o.qualifier, period: o.period,
    period_note: o.period_note, scope: o.scope, scope_note: o.scope_note, is_derived: o.is_derived, is_headline: o.is_headline,
    flags: o.flags.join(";"), evidence: o.evidence, char_start: o.char_start < 0 ? null : o.char_start, char_end: o.char_end < 0 ? null : o.char_end,
    raw_text: o.raw_text || null, rule: o.rule, original_value: o.original_value ?? null, correction: o.correction ?? null,
  }));
  return { observations, applied, unmatched, log };
}

export interface ProcessedDocument {
  document: DocumentRow;
  observations: ObservationRow[];
  text: string | null;
}

/** The whole per-document path, without cache or corrections (tests, workers). */
export async function processDocument(bytes: Uint8Array, sourcePath: string): Promise<ProcessedDocument> {
  const a = await analyze(bytes, sourcePath);
  const { observations } = finish(a, []);
  return { document: { ...a.document, observation_count: observations.length }, observations, text: a.text };
}

/** A document after the per-document steps: what the load needs, before the batch's duplicate check. */
export interface Finished {
  document: DocumentRow;
  /** finish()'s rows when the document was read (status ok), as the warehouse's bulk-load lines (load/csv.ts
   * loadLines): passed between threads for a fraction of what ≈20 row objects of 22 fields cost to clone */
  load: string;
  /** how many rows, headline values, per indicator and per flag */
  counts: Counts;
  /** their CSV export lines (load/csv.ts csvLines) */
  csv: string;
  applied: number[];
  unmatched: Correction[];
  /** one corrections_log row per correction of this document */
  log: CorrectionLogRow[];
  text: string | null;
}

/** corrections → derive → headline for an analysed document; nothing to do for a quarantined one. */
export function finishDocument(a: Analyzed, corrections: Correction[]): Finished {
  const done = a.document.status === "ok" ? finish(a, correctionsFor(a.document, corrections)) : { observations: [], applied: [], unmatched: [], log: [] };
  const rows = done.observations;
  return {
    document: a.document, load: loadLines("observations", rows), counts: countRows(rows), csv: csvLines("observations", rows),
    applied: done.applied, unmatched: done.unmatched, log: done.log, text: a.text,
  };
}

/** What a run finds in its input folder: the files to read, what it does not read and why, the subfolders read. */
export interface InputListing {
  files: string[];
  skipped: SkippedEntry[];
  /** subfolders (relative to the folder) whose entries were listed */
  folders: string[];
}

/**
 * Every entry of the input folder, recursively (subfolders read, one level after another, without recursion): regular
 * files are inputs; everything else is accounted for with the reason it is not read — hidden entries, symbolic links
 * (not followed: a link can lead out of the folder, to a device or in a circle), named pipes, sockets, devices, folders
 * that cannot be listed, and the source lists the run reads for page addresses. Files in a stable order.
 */
export async function scanInputs(dir: string): Promise<InputListing> {
  const files: string[] = [];
  const skipped: SkippedEntry[] = [];
  const folders: string[] = [];
  const queue = [dir];
  for (let q = 0; q < queue.length; q++) {
    const folder = queue[q]!;
    let entries: import("node:fs").Dirent[];
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch (e) {
      skipped.push({ path: folder, reason: `folder cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` });
      continue;
    }
    if (folder !== dir) folders.push(relative(dir, folder));
    for (const e of entries) {
      const p = join(folder, e.name);
      const top = folder === dir;
      if (top && e.name === MANIFEST && e.isFile()) skipped.push({ path: p, reason: "fetch manifest (read for the page addresses)" });
      else if (top && e.name === "sources.csv" && e.isFile()) skipped.push({ path: p, reason: "source list (read for the page addresses)" });
      else if (e.isSymbolicLink()) {
        const to = await readlink(p).catch(() => "?");
        skipped.push({ path: p, reason: `symbolic link to ${to}, not followed` });
      } else if (e.name.startsWith(".")) skipped.push({ path: p, reason: e.isDirectory() ? "hidden folder, not read" : "hidden file" });
      else if (e.isDirectory()) queue.push(p);
      else if (e.isFile()) files.push(p);
      else if (e.isFIFO()) skipped.push({ path: p, reason: "named pipe (FIFO), not a file" });
      else if (e.isSocket()) skipped.push({ path: p, reason: "socket, not a file" });
      else if (e.isCharacterDevice() || e.isBlockDevice()) skipped.push({ path: p, reason: "device, not a file" });
      else skipped.push({ path: p, reason: "not a regular file" });
    }
  }
  const byPath = (a: { path: string }, b: { path: string }) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  return { files: files.sort(), skipped: skipped.sort(byPath), folders: folders.sort() };
}

/** Input files, recursively, in a stable order. Hidden files, links and special files are left out (scanInputs). */
export async function listInputs(dir: string): Promise<string[]> {
  return (await scanInputs(dir)).files;
}

// The cache is valid only for the code that wrote it: hash the pipeline's sources and the gazetteer.
let versionMemo: string | null = null;
export async function pipelineVersion(): Promise<string> {
  if (versionMemo) return versionMemo;
  const root = dirname(fileURLToPath(import.meta.url));
  const h = createHash("sha256");
  const files = (await listInputs(root)).filter((f) => f.endsWith(".ts"));
  for (const f of [...files, join(root, "..", "data", "gazetteer", "areas.json")]) h.update(f.slice(root.length)).update(await readFile(f).catch(() => ""));
  return (versionMemo = h.digest("hex").slice(0, 12));
}

export function quarantined(doc_id: string, sourcePath: string, reason: string): Analyzed {
  return { document: { ...emptyDocument(doc_id, sourcePath), status: "quarantined", status_reason: reason }, extracted: [], text: null };
}

/** The status_reason of a document whose analysis threw: the reader's own reason, else "failed: <message>". */
export function quarantineReason(e: unknown): string {
  return e instanceof ReadError ? e.reason : `failed: ${(e as Error).message}`;
}

/** analyze(), or the quarantined document with the reason the run reports when the document cannot be analysed. */
export async function analyzeOrQuarantine(bytes: Uint8Array, doc_id: string, sourcePath: string, source?: SourceHint | null): Promise<Analyzed> {
  try {
    return await analyze(bytes, sourcePath, source);
  } catch (e) {
    return quarantined(doc_id, sourcePath, quarantineReason(e));
  }
}

/** A cached analysis placed at the path the document has in this run (the same bytes may have moved or been copied). */
export function atPath(a: Analyzed, sourcePath: string): Analyzed {
  return { ...a, document: { ...a.document, source_path: sourcePath, file_name: fileNameOf(sourcePath) } };
}

export async function runPipeline(opts: RunOptions): Promise<RunSummary> {
  const t0 = performance.now();
  for (const k of Object.keys(timers)) delete timers[k];
  if (!(await stat(opts.input).catch(() => null))?.isDirectory()) throw new Error(`${opts.input}: input folder not found`);
  const home = dirname(resolve(opts.db));
  // Every output location is locked (the folder each output is swapped into, where its staging copy lives): two runs
  // that share any of them take turns.
  const outputs = [opts.db, opts.parquet, opts.export].map((o) => resolve(o));
  for (const o of outputs) await mkdir(dirname(o), { recursive: true });
  const release = await acquireLocks(outputs, { onWait: opts.onWait });
  const before = readLimits();
  setReadLimits({ ...opts.limits });
  try {
    return await runLocked(opts, home, t0);
  } finally {
    setReadLimits(before);
    await release();
  }
}

// Blocking: nothing else can happen before the stamp is known, and 10,000 awaited stats cost ≈0.3 s of event-loop turns.
const statOf = (f: string) => {
  try {
    const x = statSync(f);
    return `${x.size}:${x.mtimeMs}`;
  } catch {
    return "missing";
  }
};

async function runLocked(opts: RunOptions, home: string, t0: number): Promise<RunSummary> {
  const version = await pipelineVersion();
  const cacheDir = join(home, ".cache", version);
  if (opts.full) await rm(join(home, ".cache"), { recursive: true, force: true });
  await mkdir(cacheDir, { recursive: true });
  // caches of other code versions can never be read again
  for (const e of await readdir(join(home, ".cache"), { withFileTypes: true })) {
    if (e.isDirectory() && e.name !== version) await rm(join(home, ".cache", e.name), { recursive: true, force: true });
  }
  // named as the analyst knows it (data/corrections.csv) when the run starts inside the project
  const defaultRel = relative(process.cwd(), DEFAULT_CORRECTIONS);
  const correctionsPath = opts.corrections ?? (defaultRel && !defaultRel.startsWith("..") ? defaultRel : DEFAULT_CORRECTIONS);
  const listing = await scanInputs(opts.input);
  const files = listing.files;
  const limits = readLimits();
  const budgets: Budgets = { ...DEFAULT_BUDGETS, ...opts.budgets };

  // Nothing changed since the outputs were written (same code, inputs by size and mtime, corrections, targets):
  // return the saved summary without reading a single report.
  const quick = createHash("sha256").update(version).update(statOf(correctionsPath));
  for (const f of [join(opts.input, "..", "sources.csv"), join(opts.input, "sources.csv"), join(opts.input, MANIFEST)]) quick.update(statOf(f));
  for (const f of files) quick.update(`${f}\0${statOf(f)}\n`);
  for (const e of listing.skipped) quick.update(`${e.path}\0${e.reason}\n`);
  quick.update(JSON.stringify({ limits, budgets, isolate: opts.isolateBytes ?? null }));
  for (const t of [opts.db, opts.parquet, opts.export]) quick.update(`${resolve(t)}\n`);
  const quickStamp = quick.digest("hex");
  const stampFile = join(home, ".cache", "last-run.json");
  const outputsExist = [opts.db, join(opts.parquet, "observations.parquet"), join(opts.export, "observations.csv")].every((p) => existsSync(p));
  const last = await readFile(stampFile, "utf8").then((t) => JSON.parse(t) as { stamp: string; summary: RunSummary }).catch(() => null);
  if (!opts.full && outputsExist && last?.stamp === quickStamp) {
    return { ...last.summary, reextracted: 0, unchanged: true, stageMs: {}, totalMs: Math.round(performance.now() - t0) };
  }

  const { corrections, problems: correctionProblems } = readCorrections(correctionsPath);
  const fetched = await readManifest(opts.input);
  const documents: DocumentRow[] = [];
  const problems: string[] = [];
  const seenBytes = new Map<string, string>();
  const seenText = new Map<string, string>();
  const applied = new Set<number>();
  const correctionLog: CorrectionLogRow[] = [];
  const counts = noCounts();
  let reextracted = 0;
  const pathOf = (file: string) => {
    const rel = relative(process.cwd(), file);
    return rel && !rel.startsWith("..") ? rel : resolve(file);
  };
  // Opened (DuckDB loaded, tables created) while the worker threads start up; every use below comes after `opening`.
  let writer!: WarehouseWriter;
  let jurisdictions!: JurisdictionRow[];
  const opening = WarehouseWriter.open(opts).then((w) => {
    writer = w;
    // the gazetteer's rows for the jurisdictions table: built now rather than after the last document
    jurisdictions = loadGazetteer().all();
  });
  opening.catch(() => {}); // awaited (and so thrown) below

  /** Everything after the per-document steps, in input order: duplicates, the rows into the warehouse. */
  const accept = (i: number, file: string, doc_id: string, finished: () => Finished, textHash?: string | null) => {
    const sourcePath = pathOf(file);
    let f: Finished;
    if (!SUPPORTED_EXTENSIONS.includes(extname(file).toLowerCase())) {
      f = finishDocument(quarantined(doc_id, sourcePath, `unsupported file type ${extname(file) || "(no extension)"}`), corrections);
    } else if (seenBytes.has(doc_id)) {
      f = finishDocument({ document: { ...emptyDocument(`${doc_id}-${i}`, sourcePath), status: "duplicate", duplicate_of: seenBytes.get(doc_id)!, status_reason: `same bytes as ${seenBytes.get(doc_id)}` }, extracted: [], text: null }, corrections);
    } else f = finished();
    const d = f.document;
    const src = fetched.get(basename(file));
    if (src) Object.assign(d, { source_url: src.source_url, fetched_at: src.fetched_at });
    if (d.status === "ok" && f.text !== null) {
      const hash = textHash ?? createHash("sha256").update(f.text).digest("hex");
      const first = seenText.get(hash);
      if (first) Object.assign(d, { status: "duplicate", duplicate_of: first, status_reason: `same text as ${first}` });
      else seenText.set(hash, d.doc_id);
    }
    if (d.status !== "duplicate") seenBytes.set(doc_id, d.doc_id);
    if (d.status === "quarantined") problems.push(`${sourcePath}: ${d.status_reason}`);
    if (d.status === "ok") {
      f.applied.forEach((l) => applied.add(l));
      for (const c of f.unmatched) correctionProblems.push(`${correctionsPath}:${c.line}: matches no ${c.indicator}${c.match_value !== undefined ? `=${c.match_value}` : ""} in ${c.document}`);
      correctionLog.push(...f.log);
      d.observation_count = f.counts.observations;
      timed("load", () => {
        writer.addObservationLines(f.load, f.csv);
        if (f.text !== null) writer.addText(d.doc_id, f.text);
      });
      addCounts(counts, f.counts);
    }
    documents.push(d);
    opts.onDocument?.(i + 1, files.length, d);
  };

  /** A document that came back from a worker (read there, or stopped by a budget with the reason). */
  const fromWorker = (r: WorkerResult) => {
    if (r.finished && !r.cacheHit) reextracted++;
    const f = r.finished ?? finishDocument(quarantined(r.docId, pathOf(r.file), r.quarantine ?? "failed"), corrections);
    accept(r.index, r.file, r.docId, () => f, r.textHash);
  };
  const pool = { task: "finish" as const, cacheDir, corrections, source: (f: string) => fetched.get(basename(f)), budgets, limits };

  try {
    // Worker start-up costs a few seconds: worth it only for a large batch.
    const workers = opts.workers ?? (files.length >= 300 ? defaultWorkers() : 1);
    if (workers > 1) {
      const stats = await processInWorkers(files, workers, async (r) => {
        if (!writer) await opening;
        fromWorker(r);
      }, pool);
      for (const [k, v] of Object.entries(stats.stageMs)) timers[k] = (timers[k] ?? 0) + v;
    } else {
      await opening;
      const cache = CacheIndex.open(cacheDir);
      const reader = cache.reader();
      const pack = new PackWriter(cacheDir, "main");
      // The documents that could take the main thread down or hold it up — large ones, PDFs, DOCX — are read in one
      // worker under the budgets, started beside the main thread's reading; their results are taken in input order.
      const isolateBytes = opts.isolateBytes ?? 512 * 1024;
      const isolate = (file: string) => {
        const ext = extname(file).toLowerCase();
        if (!SUPPORTED_EXTENSIONS.includes(ext)) return false;
        const size = (() => {
          try {
            return statSync(file).size;
          } catch {
            return 0;
          }
        })();
        // (too large to read at all: refused right here, no worker needed)
        return size <= limits.maxFileBytes && (size > isolateBytes || ext === ".pdf" || ext === ".docx");
      };
      const isolated = files.map((f, i) => [f, i] as const).filter(([f]) => isolate(f));
      const handoff = new Handoff<WorkerResult>();
      const abort = new AbortController();
      const pooled = isolated.length
        ? processInWorkers(isolated.map(([f]) => f), 1, (r) => handoff.put({ ...r, index: isolated[r.index]![1] }), {
            ...pool, cacheIndex: cache, ahead: 4, signal: abort.signal,
          })
        : null;
      pooled?.then(() => handoff.end(), (e: Error) => handoff.fail(e));
      const inWorker = new Set(isolated.map(([, i]) => i));
      try {
        for (const [i, file] of files.entries()) {
          if (inWorker.has(i)) {
            const r = await handoff.take();
            if (r.file !== file) throw new Error(`isolated worker: got ${r.file}, expected ${file}`);
            fromWorker(r);
            continue;
          }
          const input = readInputFile(file);
          if ("refused" in input) {
            const doc_id = refusedDocId(pathOf(file), input.size);
            accept(i, file, doc_id, () => finishDocument(quarantined(doc_id, pathOf(file), input.refused), corrections));
            continue;
          }
          const bytes = input.bytes;
          const doc_id = docIdOf(bytes);
          let hit: Analyzed | null = null;
          if (SUPPORTED_EXTENSIONS.includes(extname(file).toLowerCase()) && !seenBytes.has(doc_id)) {
            const source = fetched.get(basename(file));
            const key = cacheKey(doc_id, source);
            hit = reader.parsed<Analyzed>(key);
            if (!hit) {
              reextracted++;
              hit = await analyzeOrQuarantine(bytes, doc_id, pathOf(file), source);
              // (a refusal by a limit is not cached: it depends on the limits, not on the bytes alone)
              if (!isLimitRefusal(hit.document.status_reason)) cache.add(key, pack.put(JSON.stringify(hit)));
            }
          }
          accept(i, file, doc_id, () => finishDocument(atPath(hit!, pathOf(file)), corrections));
        }
        await pooled;
      } finally {
        handoff.fail(new Error("run ended"));
        abort.abort();
        await pooled?.catch(() => {});
        pack.close();
        reader.close();
        cache.save();
      }
    }
    await opening;
  } catch (e) {
    await opening.then(() => writer.abort(), () => {});
    throw e;
  }

  // Every correction is in the log: one that reached no loaded document too, with why.
  const logged = new Set(correctionLog.map((r) => r.line));
  for (const c of corrections) {
    if (logged.has(c.line)) continue;
    const named = documents.filter((d) => c.document === d.doc_id || c.document === d.file_name || c.document === d.source_path);
    const why = !named.length ? `no document ${c.document}`
      : `${c.document} is ${named.map((d) => d.status === "duplicate" ? `a duplicate of ${d.duplicate_of}` : d.status).join(", ")}: nothing of it is loaded`;
    // the project's own file serves every run: a row for a report of another run is logged, not a problem here
    if (named.length || opts.corrections) correctionProblems.push(`${correctionsPath}:${c.line}: ${why}`);
    correctionLog.push({ ...logRow(c, null), note: why });
  }
  correctionLog.sort((a, b) => a.line - b.line || (a.doc_id ?? "").localeCompare(b.doc_id ?? ""));
  const tl = performance.now();
  await writer.finish({ documents, indicators: indicatorRows(), jurisdictions, corrections_log: correctionLog });
  timers.load = (timers.load ?? 0) + performance.now() - tl;
  const summary = summarize(documents, counts, problems, { applied: applied.size, problems: correctionProblems }, reextracted, false, performance.now() - t0, {
    skipped: listing.skipped.map((e) => ({ path: pathOf(e.path), reason: e.reason })),
    folders: listing.folders,
  });
  await writeFile(stampFile, JSON.stringify({ stamp: quickStamp, summary }));
  return summary;
}

// Maps, not objects: a fresh object per document gaining 20–40 keys in varying orders sent V8 through hundreds of
// hidden-class transitions, and counting cost more than encoding the rows.
interface Counts {
  observations: number;
  headlines: number;
  coverage: Map<string, number>;
  flags: Map<string, number>;
}

const noCounts = (): Counts => ({ observations: 0, headlines: 0, coverage: new Map(), flags: new Map() });

function countRows(rows: readonly ObservationRow[]): Counts {
  const c = noCounts();
  for (const r of rows) {
    c.observations++;
    if (r.is_headline) {
      c.headlines++;
      c.coverage.set(r.indicator_id, (c.coverage.get(r.indicator_id) ?? 0) + 1);
    }
    if (r.flags) for (const f of r.flags.split(";")) if (f) c.flags.set(f, (c.flags.get(f) ?? 0) + 1);
  }
  return c;
}

function addCounts(c: Counts, d: Counts): void {
  c.observations += d.observations;
  c.headlines += d.headlines;
  for (const [k, v] of d.coverage) c.coverage.set(k, (c.coverage.get(k) ?? 0) + v);
  for (const [k, v] of d.flags) c.flags.set(k, (c.flags.get(k) ?? 0) + v);
}

/** Stage timers of this thread (the worker pool sums its workers' into the main thread's). */
export function stageTimes(): Record<string, number> {
  return { ...timers };
}

function summarize(
  docs: DocumentRow[], counts: Counts, problems: string[], corrections: RunSummary["corrections"], reextracted: number, unchanged: boolean, totalMs: number,
  entries: Pick<RunSummary, "skipped" | "folders">,
): RunSummary {
  return {
    ...entries,
    documents: docs.length,
    ok: docs.filter((d) => d.status === "ok").length,
    quarantined: docs.filter((d) => d.status === "quarantined").length,
    duplicates: docs.filter((d) => d.status === "duplicate").length,
    reextracted,
    observations: counts.observations,
    headlines: counts.headlines,
    coverage: Object.fromEntries(counts.coverage), flags: Object.fromEntries(counts.flags), problems, corrections, unchanged,
    stageMs: Object.fromEntries(Object.entries(timers).map(([k, v]) => [k, Math.round(v)])),
    totalMs: Math.round(totalMs),
  };
}

/** Hands values from a producer to a consumer one at a time: put() resolves when the value has been taken. */
class Handoff<T> {
  private readonly values: { value: T; taken: () => void }[] = [];
  private waiting: { resolve: (v: T) => void; reject: (e: Error) => void } | null = null;
  private error: Error | null = null;

  put(value: T): Promise<void> {
    return new Promise((taken) => {
      if (this.error) taken(); // the consumer is gone: dropped
      else if (this.waiting) {
        const w = this.waiting;
        this.waiting = null;
        w.resolve(value);
        taken();
      } else this.values.push({ value, taken });
    });
  }

  take(): Promise<T> {
    const next = this.values.shift();
    if (next) {
      next.taken();
      return Promise.resolve(next.value);
    }
    if (this.error) return Promise.reject(this.error);
    return new Promise((resolve, reject) => (this.waiting = { resolve, reject }));
  }

  /** No more values: a take() waiting or to come fails with `e`. */
  fail(e: Error): void {
    this.error ??= e;
    for (const v of this.values.splice(0)) v.taken();
    this.waiting?.reject(this.error);
    this.waiting = null;
  }

  end(): void {
    this.fail(new Error("no more documents"));
  }
}
