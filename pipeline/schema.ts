// The data contract (shared/CONTRACT.md) defined once. DuckDB DDL, Parquet and CSV exports are derived from these
// zod objects, so adding a column here adds it everywhere.
import { z } from "zod";

export const ADMIN_LEVELS = ["province", "prefecture", "county"] as const;
export const QUALIFIERS = ["exact", "approx", "at_least", "more_than", "at_most", "less_than"] as const;
export const PERIODS = ["full_year", "partial", "cumulative", "prior_year"] as const;
export const SCOPES = ["jurisdiction", "government_level", "higher_level", "sub_entity", "subcategory", "as_respondent"] as const;
export const DOC_STATUSES = ["ok", "quarantined", "duplicate"] as const;
export const DOC_KINDS = [
  "annual_report", "department_report", "statistics_release", "report_to_congress", "enforcement_report", "yearbook_entry", "news", "other",
] as const;

export type AdminLevel = (typeof ADMIN_LEVELS)[number];
export type Qualifier = (typeof QUALIFIERS)[number];
export type Period = (typeof PERIODS)[number];
export type Scope = (typeof SCOPES)[number];
export type DocKind = (typeof DOC_KINDS)[number];

const text = () => z.string().nullable();
const int = () => z.int().nullable();

export const DocumentRow = z.object({
  doc_id: z.string().describe("sha256 of the file bytes, first 16 hex digits"),
  source_path: z.string(),
  file_name: z.string(),
  format: text().describe("txt, html, docx, pdf"),
  encoding: text(),
  title: text(),
  jurisdiction_code: text(),
  jurisdiction_name: text(),
  admin_level: z.enum(ADMIN_LEVELS).nullable(),
  province_name: text(),
  parent_name: text(),
  report_year: int(),
  published_on: text().describe("YYYY-MM-DD"),
  issuer: text(),
  char_count: int(),
  observation_count: int(),
  status: z.enum(DOC_STATUSES),
  status_reason: text(),
  duplicate_of: text(),
  source_url: text(),
  fetched_at: text(),
  doc_kind: z.enum(DOC_KINDS).nullable().describe("annual_report, department_report, statistics_release, report_to_congress, enforcement_report, yearbook_entry, news, other"),
  jurisdiction_source: text().describe("the clue that decided the jurisdiction: title, signature, opening, body, site, source_url, source_list"),
});
export type DocumentRow = z.infer<typeof DocumentRow>;

export const ObservationRow = z.object({
  obs_id: z.string().describe("doc_id + ':' + sequence"),
  doc_id: z.string(),
  jurisdiction_code: text(),
  report_year: int(),
  indicator_id: z.string(),
  value: z.number(),
  unit: z.string(),
  qualifier: z.enum(QUALIFIERS),
  period: z.enum(PERIODS),
  period_note: text().describe("the words that set the period, e.g. 一季度"),
  scope: z.enum(SCOPES),
  scope_note: text().describe("the words that set the scope, e.g. 市本级"),
  is_derived: z.boolean(),
  is_headline: z.boolean(),
  flags: z.string().describe("';'-separated"),
  evidence: z.string(),
  char_start: int(),
  char_end: int(),
  raw_text: text().describe("the number as written, with its qualifier and unit"),
  rule: z.string().describe("the rule family or derivation that produced the value"),
  original_value: z.number().nullable().describe("the extracted value before an analyst's correction"),
  correction: text().describe("who, when and why, when corrected"),
});
export type ObservationRow = z.infer<typeof ObservationRow>;

export const IndicatorRow = z.object({
  indicator_id: z.string(),
  area: z.string(),
  area_zh: z.string(),
  name_zh: z.string(),
  name_en: z.string(),
  unit: z.string(),
  kind: z.enum(["count", "rate", "money", "ratio"]),
  definition: z.string(),
  formula: text(),
  higher_is_better: z.boolean().nullable(),
  tracked: z.boolean().describe("one of the contract's tracked ids"),
});
export type IndicatorRow = z.infer<typeof IndicatorRow>;

export const JurisdictionRow = z.object({
  code: z.string(),
  name: z.string(),
  level: z.enum(ADMIN_LEVELS),
  parent_code: text(),
  parent_name: text(),
  province_code: z.string(),
  province_name: z.string(),
  chain: z.string().describe("names from province down, joined by ' > '"),
});
export type JurisdictionRow = z.infer<typeof JurisdictionRow>;

export const ComparableRow = z.object({
  jurisdiction_code: z.string(),
  report_year: z.int(),
  indicator_id: z.string(),
  value: z.number(),
  unit: z.string(),
  qualifier: z.enum(QUALIFIERS),
  period: z.enum(PERIODS),
  obs_id: z.string().describe("the chosen observation"),
  doc_id: z.string(),
  char_start: int(),
  char_end: int(),
  doc_kind: z.enum(DOC_KINDS).nullable(),
  n_sources: z.int().describe("documents about this place and year that give the indicator"),
  flags: z.string().describe("';'-separated: conflicting_sources, from_later_report, and the observation's own flags"),
});
export type ComparableRow = z.infer<typeof ComparableRow>;

// Not in TABLES (the site publishes those, each column described in Chinese for its downloads): the history of
// analysts' corrections, one row per row of the corrections file that was read, written by load/ beside the tables.
export const CORRECTION_ACTIONS = ["override", "reject", "add"] as const;
export const CorrectionLogRow = z.object({
  file: z.string().describe("the corrections file"),
  line: z.int().describe("the line the correction's record starts on"),
  document: z.string().describe("the document as the row names it: doc_id, file name or source path"),
  doc_id: text().describe("the document it applied to; null when it names no loaded document"),
  indicator_id: z.string(),
  action: z.enum(CORRECTION_ACTIONS).describe("override, reject, or add (a value the extractor missed)"),
  match_value: z.number().nullable().describe("the value the row asked to change, when it named one"),
  old_value: z.number().nullable().describe("the value before this correction (an earlier correction's result, or the extracted value)"),
  new_value: z.number().nullable().describe("the value after it; null for reject"),
  original_value: z.number().nullable().describe("the value as extracted, before any correction; null for an added value"),
  targets: z.int().describe("observations changed"),
  who: z.string(),
  corrected_on: z.string().describe("YYYY-MM-DD"),
  reason: z.string(),
  status: z.enum(["applied", "unmatched"]),
  note: text().describe("why it matched nothing"),
});
export type CorrectionLogRow = z.infer<typeof CorrectionLogRow>;

export const DocumentTextRow = z.object({ doc_id: z.string(), text: z.string() });
export type DocumentTextRow = z.infer<typeof DocumentTextRow>;

export const TABLES = {
  documents: DocumentRow,
  observations: ObservationRow,
  indicators: IndicatorRow,
  jurisdictions: JurisdictionRow,
  document_texts: DocumentTextRow,
  comparable: ComparableRow,
} as const;
export type TableName = keyof typeof TABLES;

/** The DuckDB type of one zod field. */
export function sqlType(field: z.ZodType): string {
  let t: any = field;
  while (t.def.type === "nullable" || t.def.type === "optional" || t.def.type === "default") t = t.def.innerType;
  switch (t.def.type) {
    case "string":
    case "enum":
      return "VARCHAR";
    case "boolean":
      return "BOOLEAN";
    case "number":
      return t.def.format === "safeint" || t.def.checks?.some((c: any) => c._zod?.def?.format === "safeint") ? "INTEGER" : "DOUBLE";
    default:
      throw new Error(`no SQL type for zod type ${t.def.type}`);
  }
}

export function isNullable(field: z.ZodType): boolean {
  return (field as any).def.type === "nullable";
}

export function columns(table: TableName): string[] {
  return Object.keys(TABLES[table].shape);
}

export function createTableSql(table: TableName): string {
  const shape = TABLES[table].shape as Record<string, z.ZodType>;
  const cols = Object.entries(shape).map(([name, f]) => `${name} ${sqlType(f)}${isNullable(f) ? "" : " NOT NULL"}`);
  return `CREATE TABLE ${table} (${cols.join(", ")})`;
}
