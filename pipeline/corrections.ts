// Analysts' corrections (data/corrections.csv): override or reject an extracted value, or add one the extractor
// missed. The original is kept beside the corrected value; a correction that matches nothing is reported.
import { existsSync, readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { z } from "zod";
import { INDICATOR_BY_ID } from "./catalog/indicators.ts";
import { staged, type Extracted } from "./extract/index.ts";
import type { DocumentRow } from "./schema.ts";

export const CorrectionRow = z.object({
  document: z.string().min(1).describe("doc_id, file name or source path"),
  indicator: z.string().min(1),
  value: z.string().min(1).describe("the right value, or 'reject'"),
  match_value: z.string().optional().describe("which extracted value to change, when there are several"),
  reason: z.string().min(1),
  who: z.string().min(1),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
});
export type Correction = z.infer<typeof CorrectionRow> & { line: number };

export const CORRECTIONS_HEADER = "document,indicator,value,match_value,reason,who,date";

/** Parse the corrections file; bad rows are returned as problems, never silently dropped. */
export function readCorrections(path: string): { corrections: Correction[]; problems: string[] } {
  if (!existsSync(path)) return { corrections: [], problems: [] };
  const rows: Record<string, string>[] = parse(readFileSync(path), { columns: true, bom: true, skip_empty_lines: true, trim: true, relax_column_count: true });
  const corrections: Correction[] = [];
  const problems: string[] = [];
  rows.forEach((row, i) => {
    const line = i + 2;
    const r = CorrectionRow.safeParse(Object.fromEntries(Object.entries(row).filter(([, v]) => v !== "")));
    if (!r.success) return problems.push(`${path}:${line}: ${r.error.issues.map((x) => `${x.path.join(".")} ${x.message}`).join("; ")}`);
    if (!INDICATOR_BY_ID.has(r.data.indicator)) return problems.push(`${path}:${line}: unknown indicator ${r.data.indicator}`);
    if (r.data.value !== "reject" && !Number.isFinite(Number(r.data.value))) return problems.push(`${path}:${line}: value must be a number or 'reject'`);
    corrections.push({ ...r.data, line });
  });
  return { corrections, problems };
}

export function correctionsFor(doc: DocumentRow, all: Correction[]): Correction[] {
  return all.filter((c) => c.document === doc.doc_id || c.document === doc.file_name || c.document === doc.source_path);
}

/** Apply this document's corrections. Returns the rows (rejected ones flagged) and the line numbers applied. */
export function applyCorrections(extracted: Extracted[], corrections: Correction[]): { rows: Extracted[]; applied: number[]; unmatched: Correction[] } {
  const rows: Extracted[] = extracted.map((o) => staged(o));
  const applied: number[] = [];
  const unmatched: Correction[] = [];
  for (const c of corrections) {
    const note = `${c.who} ${c.date}: ${c.reason}`;
    const candidates = rows.filter((o) => o.indicator_id === c.indicator && !o.flags.includes("rejected"));
    const targets = c.match_value !== undefined
      ? candidates.filter((o) => Math.abs(o.value - Number(c.match_value)) < 1e-9)
      : candidates.filter((o) => o.scope === "jurisdiction" && o.period === "full_year").slice(0, 1);
    if (!targets.length) {
      if (c.value === "reject" || c.match_value !== undefined) {
        unmatched.push(c);
        continue;
      }
      const ind = INDICATOR_BY_ID.get(c.indicator)!;
      rows.push({
        indicator_id: c.indicator, value: Number(c.value), unit: ind.unit, qualifier: "exact", period: "full_year", period_note: null,
        scope: "jurisdiction", scope_note: null, evidence: `分析人员补录：${c.reason}`, char_start: -1, char_end: -1, raw_text: "",
        rule: "correction", flags: ["corrected", "added_by_correction"], correction: note, original_value: null,
      } as Extracted);
      applied.push(c.line);
      continue;
    }
    for (const t of targets) {
      t.correction = note;
      t.original_value = t.value;
      if (c.value === "reject") t.flags.push("rejected");
      else {
        t.value = Number(c.value);
        t.flags.push("corrected");
      }
    }
    applied.push(c.line);
  }
  return { rows, applied, unmatched };
}
