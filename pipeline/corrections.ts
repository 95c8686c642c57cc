// Analysts' corrections (data/corrections.csv): override or reject an extracted value, or add one the extractor
// missed. Every row is an event in the warehouse's corrections_log (who, when, why, old → new); the observation keeps
// the value as extracted in original_value however many corrections follow, and the notes of all of them. A row is
// refused (reported as file:line, never applied) unless every field is strict: a number as written in a report, a
// real date, a value inside the indicator's range.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "csv-parse/sync";
import { INDICATOR_BY_ID } from "./catalog/indicators.ts";
import type { Indicator } from "./catalog/types.ts";
import { staged, type Extracted } from "./extract/index.ts";
import { decodeBytes, NotTextError } from "./read/decode.ts";
import type { CorrectionLogRow, DocumentRow } from "./schema.ts";

/** The project's own corrections file, wherever the input folder is (a corrections.csv lying beside some other
 * input folder is not picked up: it may belong to anything). */
export const DEFAULT_CORRECTIONS = join(dirname(fileURLToPath(import.meta.url)), "..", "data", "corrections.csv");

export interface Correction {
  /** doc_id, file name or source path */
  document: string;
  indicator: string;
  /** the right value, or "reject" */
  value: number | "reject";
  /** which extracted value to change, when there are several */
  match_value?: number;
  reason: string;
  who: string;
  /** YYYY-MM-DD, a real date */
  date: string;
  /** where the row stands: the file and the line its record starts on */
  file: string;
  line: number;
}

export const CORRECTIONS_HEADER = "document,indicator,value,match_value,reason,who,date";
const REQUIRED = ["document", "indicator", "value", "reason", "who", "date"] as const;

// Plain decimal notation only: Number() also reads "0x10", "1e3", " ", "Infinity" and "", none of which an analyst
// means as a count.
const STRICT_NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?$/;

export function strictNumber(s: string): number | null {
  return STRICT_NUMBER.test(s) ? Number(s) : null;
}

/** YYYY-MM-DD naming a day that exists (2026-02-29 and 2026-13-45 do not). */
export function strictDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/** Why `value` cannot be a value of `ind`, or null when it can. The catalog has no indicator allowing a rate above 100. */
export function outOfRange(ind: Indicator, value: number): string | null {
  switch (ind.kind) {
    case "count":
      return Number.isInteger(value) && value >= 0 ? null : `${ind.id} is a count: ${value} must be a whole number ≥ 0`;
    case "rate":
      return value >= 0 && value <= 100 ? null : `${ind.id} is a rate in %: ${value} must be between 0 and 100`;
    default:
      return value >= 0 ? null : `${ind.id} (${ind.kind}) cannot be negative: ${value}`;
  }
}

/** Line of the opening quote that is never closed (csv-parse only says where the file ended). */
function unclosedQuoteLine(text: string): number {
  let line = 1;
  let open = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "\n") line++;
    else if (c === '"') {
      if (!open) open = line;
      else if (text[i + 1] === '"') i++;
      else open = 0;
    }
  }
  return open || line;
}

/**
 * Parse the corrections file. Never throws: bad rows, and a file that cannot be read as CSV at all, are returned as
 * problems naming the file and line. A file that cannot be parsed yields no corrections (a half-read file would apply
 * some of an analyst's rows and silently drop the rest).
 */
export function readCorrections(path: string): { corrections: Correction[]; problems: string[] } {
  if (!existsSync(path)) return { corrections: [], problems: [] };
  let text: string;
  try {
    // decoded like the reports: Excel on Chinese Windows saves CSV in GBK
    text = decodeBytes(new Uint8Array(readFileSync(path))).text;
  } catch (e) {
    return { corrections: [], problems: [`${path}: ${e instanceof NotTextError ? "not a text file" : (e as Error).message}`] };
  }
  let records: { record: Record<string, string>; info: { lines: number }; raw: string }[];
  try {
    records = parse(text, { columns: true, info: true, raw: true, skip_empty_lines: true, trim: true, relax_column_count: true });
  } catch (e) {
    const err = e as Error & { code?: string; lines?: number };
    const msg = err.code === "CSV_QUOTE_NOT_CLOSED"
      ? `${path}:${unclosedQuoteLine(text)}: a quote is opened and never closed`
      : `${path}:${err.lines ?? 1}: ${err.message.split("\n")[0]}`;
    return { corrections: [], problems: [`${msg}; no correction of this file was applied`] };
  }
  const header = parse(text, { to_line: 1, trim: true })[0] as string[] | undefined;
  const missing = REQUIRED.filter((c) => !header?.includes(c));
  if (records.length && missing.length) return { corrections: [], problems: [`${path}:1: missing column ${missing.join(", ")} (header: ${CORRECTIONS_HEADER})`] };

  const corrections: Correction[] = [];
  const problems: string[] = [];
  for (const { record: row, info, raw } of records) {
    // info.lines is where the record ends; a quoted field may span lines, and raw holds the blank lines before it
    const line = info.lines - (raw.replace(/^\s*\n/, "").replace(/\r?\n$/, "").match(/\n/g)?.length ?? 0);
    const bad = (why: string) => problems.push(`${path}:${line}: ${why}`);
    const empty = REQUIRED.filter((c) => !row[c]);
    if (empty.length) {
      bad(`empty ${empty.join(", ")}`);
      continue;
    }
    const ind = INDICATOR_BY_ID.get(row.indicator!);
    if (!ind) {
      bad(`unknown indicator ${row.indicator}`);
      continue;
    }
    let value: number | "reject";
    if (row.value === "reject") value = "reject";
    else {
      const n = strictNumber(row.value!);
      if (n === null) {
        bad(`value ${JSON.stringify(row.value)} is not a plain number (like 1850 or 12.5) or 'reject'`);
        continue;
      }
      const range = outOfRange(ind, n);
      if (range) {
        bad(`${range}; not applied`);
        continue;
      }
      value = n;
    }
    let match_value: number | undefined;
    if (row.match_value) {
      const n = strictNumber(row.match_value);
      if (n === null) {
        bad(`match_value ${JSON.stringify(row.match_value)} is not a plain number (like 1842 or 35)`);
        continue;
      }
      match_value = n;
    }
    if (!strictDate(row.date!)) {
      bad(`date ${JSON.stringify(row.date)} is not a real date written YYYY-MM-DD`);
      continue;
    }
    corrections.push({ document: row.document!, indicator: ind.id, value, match_value, reason: row.reason!, who: row.who!, date: row.date!, file: path, line });
  }
  return { corrections, problems };
}

export function correctionsFor(doc: DocumentRow, all: Correction[]): Correction[] {
  return all.filter((c) => c.document === doc.doc_id || c.document === doc.file_name || c.document === doc.source_path);
}

export const noteOf = (c: Correction) => `${c.who} ${c.date}: ${c.reason}`;
/** Between the notes of successive corrections of one value in observations.correction. */
export const NOTE_SEPARATOR = " | ";

/** The corrections_log row of a correction; the caller fills in what happened. */
export function logRow(c: Correction, doc_id: string | null): CorrectionLogRow {
  return {
    file: c.file, line: c.line, document: c.document, doc_id, indicator_id: c.indicator,
    action: c.value === "reject" ? "reject" : "override", match_value: c.match_value ?? null,
    old_value: null, new_value: c.value === "reject" ? null : c.value, original_value: null, targets: 0,
    who: c.who, corrected_on: c.date, reason: c.reason, status: "unmatched", note: null,
  };
}

/**
 * Apply one document's corrections, in file order (a later row corrects what an earlier one left). Returns the rows
 * (rejected ones flagged), the line numbers applied, the corrections that matched nothing, and one log row per
 * correction.
 */
export function applyCorrections(extracted: Extracted[], corrections: Correction[], doc_id: string | null = null): { rows: Extracted[]; applied: number[]; unmatched: Correction[]; log: CorrectionLogRow[] } {
  const rows: Extracted[] = extracted.map((o) => staged(o));
  const applied: number[] = [];
  const unmatched: Correction[] = [];
  const log: CorrectionLogRow[] = [];
  // the value the extractor read, for rows changed earlier in this loop (original_value is kept for that)
  const extractedValue = (o: Extracted) => o.original_value ?? o.value;
  const addNote = (o: Extracted, c: Correction) => {
    o.correction = o.correction ? `${o.correction}${NOTE_SEPARATOR}${noteOf(c)}` : noteOf(c);
  };
  const flag = (o: Extracted, f: string) => {
    if (!o.flags.includes(f)) o.flags.push(f);
  };
  for (const c of corrections) {
    const entry = logRow(c, doc_id);
    log.push(entry);
    const candidates = rows.filter((o) => o.indicator_id === c.indicator && !o.flags.includes("rejected"));
    // match_value names the value as extracted or as an earlier correction left it
    const same = (a: number, b: number) => Math.abs(a - b) < 1e-9;
    const targets = c.match_value !== undefined
      ? candidates.filter((o) => same(o.value, c.match_value!) || (o.original_value != null && same(o.original_value, c.match_value!)))
      : candidates.filter((o) => o.scope === "jurisdiction" && o.period === "full_year").slice(0, 1);
    if (!targets.length) {
      if (c.value === "reject" || c.match_value !== undefined) {
        unmatched.push(c);
        entry.note = c.match_value !== undefined ? `no ${c.indicator} = ${c.match_value}` : `no ${c.indicator} to reject`;
        continue;
      }
      const ind = INDICATOR_BY_ID.get(c.indicator)!;
      rows.push({
        indicator_id: c.indicator, value: c.value, unit: ind.unit, qualifier: "exact", period: "full_year", period_note: null,
        scope: "jurisdiction", scope_note: null, evidence: `分析人员补录：${c.reason}`, char_start: -1, char_end: -1, raw_text: "",
        rule: "correction", flags: ["corrected", "added_by_correction"], correction: noteOf(c), original_value: null,
      } as Extracted);
      Object.assign(entry, { action: "add", status: "applied", targets: 1 });
      applied.push(c.line);
      continue;
    }
    const first = targets[0]!;
    // an added row has no extracted value: its original stays null
    const original = first.flags.includes("added_by_correction") ? null : extractedValue(first);
    Object.assign(entry, { status: "applied", targets: targets.length, old_value: first.value, original_value: original });
    for (const t of targets) {
      if (!t.flags.includes("added_by_correction")) t.original_value = extractedValue(t);
      addNote(t, c);
      if (c.value === "reject") flag(t, "rejected");
      else {
        t.value = c.value;
        flag(t, "corrected");
      }
    }
    applied.push(c.line);
  }
  return { rows, applied, unmatched, log };
}
