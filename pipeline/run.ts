// The pipeline as explicit stages: read → normalize → identify → segment → extract → derive → headline → load.
// One failing document is recorded (quarantined, with its reason) and the batch goes on.
import { createHash } from "node:crypto";
import { readdir, readFile, stat } from "node:fs/promises";
import { extname, join, relative } from "node:path";
import { indicatorRows } from "./catalog/rows.ts";
import { derive } from "./derive/index.ts";
import { extract } from "./extract/index.ts";
import { headline } from "./headline/index.ts";
import { identify } from "./identify/index.ts";
import { loadGazetteer } from "./identify/gazetteer.ts";
import { load, type LoadTargets, type Tables } from "./load/index.ts";
import { normalize } from "./normalize/index.ts";
import { ReadError, readBytes, SUPPORTED_EXTENSIONS } from "./read/index.ts";
import type { DocumentRow, ObservationRow } from "./schema.ts";
import { segment } from "./segment/index.ts";

export interface RunOptions extends LoadTargets {
  input: string;
  /** Called once per document with a one-line status, for progress display. */
  onDocument?: (done: number, total: number, doc: DocumentRow) => void;
}

export interface RunSummary {
  documents: number;
  ok: number;
  quarantined: number;
  duplicates: number;
  observations: number;
  headlines: number;
  coverage: Record<string, number>;
  flags: Record<string, number>;
  problems: string[];
  stageMs: Record<string, number>;
  totalMs: number;
}

export interface ProcessedDocument {
  document: DocumentRow;
  observations: ObservationRow[];
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

function emptyDocument(doc_id: string, source_path: string): DocumentRow {
  return {
    doc_id, source_path, file_name: source_path.split(/[\\/]/).pop()!, format: null, encoding: null, title: null,
    jurisdiction_code: null, jurisdiction_name: null, admin_level: null, province_name: null, parent_name: null,
    report_year: null, published_on: null, issuer: null, char_count: null, observation_count: 0, status: "ok",
    status_reason: null, duplicate_of: null, source_url: null, fetched_at: null,
  };
}

/** Everything from bytes to headline for one document. Throws ReadError for unreadable input. */
export async function processDocument(bytes: Uint8Array, sourcePath: string): Promise<ProcessedDocument> {
  const doc = emptyDocument(docIdOf(bytes), sourcePath);
  const t0 = performance.now();
  const read = await readBytes(bytes, doc.file_name);
  timers.read = (timers.read ?? 0) + performance.now() - t0;
  const norm = timed("normalize", () => normalize(read.text));
  const meta = { ...norm.chrome, ...read.meta };
  const id = timed("identify", () => identify(norm.text, { title: meta.title, published_on: meta.published_on, source_path: sourcePath }));
  Object.assign(doc, {
    format: read.format, encoding: read.encoding, title: id.title ?? meta.title ?? null,
    jurisdiction_code: id.jurisdiction_code, jurisdiction_name: id.jurisdiction_name, admin_level: id.admin_level,
    province_name: id.province_name, parent_name: id.parent_name, report_year: id.report_year,
    published_on: id.published_on ?? meta.published_on ?? null, issuer: id.issuer ?? meta.source ?? null,
    char_count: norm.text.length, status_reason: id.missing.length ? id.missing.join("; ") : null,
  });
  const seg = timed("segment", () => segment(norm.text));
  const ctx = { admin_level: doc.admin_level, jurisdiction_name: doc.jurisdiction_name, report_year: doc.report_year };
  const extracted = timed("extract", () => extract(seg, ctx));
  const derived = timed("derive", () => derive(extracted));
  const final = timed("headline", () => headline(derived));
  const observations: ObservationRow[] = final.map((o, k) => ({
    obs_id: `${doc.doc_id}:${k}`, doc_id: doc.doc_id, jurisdiction_code: doc.jurisdiction_code, report_year: doc.report_year,
    indicator_id: o.indicator_id, value: o.value, unit: o.unit, qualifier: o.qualifier, period: o.period,
    period_note: o.period_note, scope: o.scope, scope_note: o.scope_note, is_derived: o.is_derived, is_headline: o.is_headline,
    flags: o.flags.join(";"), evidence: o.evidence, char_start: o.char_start, char_end: o.char_end, raw_text: o.raw_text ?? null,
    rule: o.rule, original_value: null, correction: null,
  }));
  doc.observation_count = observations.length;
  return { document: doc, observations, text: norm.text };
}

/** Input files, recursively, in a stable order. Hidden files are skipped. */
export async function listInputs(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    if (e.name.startsWith(".")) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await listInputs(p)));
    else if (e.isFile()) out.push(p);
  }
  return out.sort();
}

export async function runPipeline(opts: RunOptions): Promise<RunSummary> {
  const t0 = performance.now();
  for (const k of Object.keys(timers)) delete timers[k];
  if (!(await stat(opts.input).catch(() => null))?.isDirectory()) throw new Error(`${opts.input}: input folder not found`);
  const files = await listInputs(opts.input);
  const tables: Tables = { documents: [], observations: [], indicators: indicatorRows(), jurisdictions: loadGazetteer().all(), document_texts: [] };
  const problems: string[] = [];
  const seenBytes = new Map<string, string>();
  const seenText = new Map<string, string>();
  for (const [i, file] of files.entries()) {
    const sourcePath = relative(process.cwd(), file) || file;
    const bytes = new Uint8Array(await readFile(file));
    const doc_id = docIdOf(bytes);
    let result: ProcessedDocument;
    if (!SUPPORTED_EXTENSIONS.includes(extname(file).toLowerCase())) {
      result = { document: { ...emptyDocument(doc_id, sourcePath), status: "quarantined", status_reason: `unsupported file type ${extname(file) || "(none)"}` }, observations: [], text: null };
    } else if (seenBytes.has(doc_id)) {
      result = { document: { ...emptyDocument(`${doc_id}-${i}`, sourcePath), status: "duplicate", duplicate_of: seenBytes.get(doc_id)!, status_reason: `same bytes as ${seenBytes.get(doc_id)}` }, observations: [], text: null };
    } else {
      try {
        result = await processDocument(bytes, sourcePath);
      } catch (e) {
        const reason = e instanceof ReadError ? e.reason : `failed: ${(e as Error).message}`;
        result = { document: { ...emptyDocument(doc_id, sourcePath), status: "quarantined", status_reason: reason }, observations: [], text: null };
      }
    }
    const d = result.document;
    if (d.status === "ok" && result.text !== null) {
      const textHash = createHash("sha256").update(result.text).digest("hex");
      const first = seenText.get(textHash);
      if (first) {
        Object.assign(d, { status: "duplicate", duplicate_of: first, status_reason: `same text as ${first}` });
        result.observations = [];
      } else seenText.set(textHash, d.doc_id);
    }
    if (d.status !== "duplicate") seenBytes.set(doc_id, d.doc_id);
    if (d.status === "quarantined") problems.push(`${sourcePath}: ${d.status_reason}`);
    tables.documents.push(d);
    tables.observations.push(...result.observations);
    if (result.text !== null && d.status === "ok") tables.document_texts.push({ doc_id: d.doc_id, text: result.text });
    opts.onDocument?.(i + 1, files.length, d);
  }
  const tl = performance.now();
  await load(tables, opts);
  timers.load = performance.now() - tl;
  return summarize(tables, problems, performance.now() - t0);
}

function summarize(tables: Tables, problems: string[], totalMs: number): RunSummary {
  const coverage: Record<string, number> = {};
  const flags: Record<string, number> = {};
  for (const o of tables.observations) {
    if (o.is_headline) coverage[o.indicator_id] = (coverage[o.indicator_id] ?? 0) + 1;
    for (const f of o.flags.split(";").filter(Boolean)) flags[f] = (flags[f] ?? 0) + 1;
  }
  const docs = tables.documents;
  return {
    documents: docs.length,
    ok: docs.filter((d) => d.status === "ok").length,
    quarantined: docs.filter((d) => d.status === "quarantined").length,
    duplicates: docs.filter((d) => d.status === "duplicate").length,
    observations: tables.observations.length,
    headlines: tables.observations.filter((o) => o.is_headline).length,
    coverage, flags, problems,
    stageMs: Object.fromEntries(Object.entries(timers).map(([k, v]) => [k, Math.round(v)])),
    totalMs: Math.round(totalMs),
  };
}
